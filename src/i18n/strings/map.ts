import { defineStrings } from '../define-strings.ts';

/** Strings of the village map page and its interactive map (keys are prefixed `map.`). */
export const map = defineStrings({
  kk: {
    'map.title': 'Интернеті жоқ ауылдар картасы',
    'map.description':
      '{region}: дереккөздер интернеті жоқ деп атаған елді мекендер картада және аудандар бойынша тізімде, әрқайсысы дереккөзімен.',
    'map.intro':
      'Картада дереккөздер интернеті жоқ деп атаған {count} елді мекен белгіленген. Әрқайсысының жағдайы, хабарланған уақыты мен дереккөзі төмендегі тізімде.',
    'map.unnamed':
      'Дереккөзде ({date}) облыста интернеті жоқ ауылдардың тек саны айтылған ({count}), атаулары берілмеген. Сондықтан олар картада жоқ, ал мұндағы ауылдардың солардың қатарында болған-болмағаны белгісіз.',
    'map.unlocated':
      'Дереккөзде ({date}) мобильді интернет мүлде жоқ елді мекендер саны {total} деп көрсетілген; картада солардың ішінен атауы белгілі {named} елді мекен ғана бар.',
    'map.status.no-mobile-internet': 'Мобильді интернет мүлде жоқ',
    'map.status.awaiting-connection': 'Интернетке қосылуды күтуде',
    'map.status.no-internet': 'Интернет жоқ',
    'map.status.offices-connected-fibre': 'Мемлекеттік мекемелері талшықты-оптикалық желіге қосылған',
    'map.status.connected-fibre': 'Талшықты-оптикалық желі арқылы қосылған',
    'map.status.connected-mobile-4g': '4G мобильді интернетіне қосылған',
    'map.reported': 'хабарланған уақыты: {date}',
    'map.coordinates': 'Координаттар',
    'map.svgTitle': '{region}: интернеті жоқ елді мекендер',
    'map.svgDesc':
      'Облыс шекарасы, көрші облыстар, ірі қалалар және {count} елді мекен. Толық тізім картаның астында.',
    'map.legend': 'Шартты белгілер',
    'map.legend.region': 'Облыс шекарасы',
    'map.legend.town': 'Қала (атауы GeoNames бойынша, латын әрпімен)',
    'map.credit.boundaries': 'Облыс шекаралары',
    'map.credit.towns': 'Қалалар',
    'map.credit.villages': 'Ауылдардың координаттары',
    'map.credit.publicDomain': 'қоғамдық игілік',
    'map.credit.osm': '© OpenStreetMap қатысушылары',
    'map.download': 'Деректерді жүктеп алу (GeoJSON)',
    'map.open': 'Интерактивті картаны ашу',
    'map.loading': 'Карта жүктеліп жатыр…',
    'map.loadError': 'Интерактивті карта жүктелмеді. Статикалық карта мен тізім өз орнында.',
    'map.saveData':
      'Трафикті үнемдеу режимі қосулы, сондықтан интерактивті карта өздігінен ашылмады. Оны батырмамен ашуға болады.',
    'map.interactive': 'Интерактивті карта',
    'map.help':
      'Картаны бағыттауыш пернелер жылжытады, + және − пернелері үлкейтіп-кішірейтеді. Ауылдар арасында Tab пернесімен өтіп, Enter арқылы ашыңыз; Escape жабады.',
    'map.zoomIn': 'Үлкейту',
    'map.zoomOut': 'Кішірейту',
    'map.close': 'Жабу',
    'map.inView':
      'Көріністе {count} елді мекен бар. Олардың арасында пернетақтамен жүру үшін картаны үлкейтіңіз немесе тізімді пайдаланыңыз.',
    'map.filter.legend': 'Сүзгі',
    'map.filter.status': 'Жағдайы',
    'map.filter.district': 'Аудан',
    'map.filter.allStatuses': 'Барлық жағдай',
    'map.filter.allDistricts': 'Барлық аудан',
    'map.filter.shown': 'Көрсетілген: {shown} (барлығы {total})',
    'map.filter.none': 'Сүзгіге сай елді мекен жоқ.',
    'map.list': 'Аудандар бойынша тізім',
    'map.romanized': '* Ағылшынша атау — қазақша атаудың біз жасаған транслитерациясы, ресми жазылуы емес.',
  },
  ru: {
    'map.title': 'Карта сёл без интернета',
    'map.description':
      '{region}: населённые пункты, которые источники называют оставшимися без интернета, — на карте и в списке по районам, каждый со ссылкой на источник.',
    'map.intro':
      'На карте отмечены населённые пункты, которые источники называют оставшимися без интернета, — всего {count}. Статус каждого, дата сообщения и источник — в списке ниже.',
    'map.unnamed':
      'Источник ({date}) приводит только число сёл области без интернета ({count}), не называя их. Поэтому их нет на карте, и неизвестно, были ли среди них сёла, показанные здесь.',
    'map.unlocated':
      'Источник ({date}) насчитывает населённые пункты совсем без мобильного интернета: {total}. На карте только те из них, чьи названия известны: {named}.',
    'map.status.no-mobile-internet': 'Мобильного интернета нет совсем',
    'map.status.awaiting-connection': 'Ждёт подключения к интернету',
    'map.status.no-internet': 'Интернета нет',
    'map.status.offices-connected-fibre': 'Госучреждения подключены к ВОЛС',
    'map.status.connected-fibre': 'Подключено по волоконно-оптической линии',
    'map.status.connected-mobile-4g': 'Подключено к мобильному интернету 4G',
    'map.reported': 'дата сообщения: {date}',
    'map.coordinates': 'Координаты',
    'map.svgTitle': '{region}: населённые пункты без интернета',
    'map.svgDesc':
      'Граница области, соседние области, крупные города и населённые пункты ({count}). Полный список — под картой.',
    'map.legend': 'Условные обозначения',
    'map.legend.region': 'Граница области',
    'map.legend.town': 'Город (название по GeoNames, латиницей)',
    'map.credit.boundaries': 'Границы областей',
    'map.credit.towns': 'Города',
    'map.credit.villages': 'Координаты сёл',
    'map.credit.publicDomain': 'общественное достояние',
    'map.credit.osm': '© участники OpenStreetMap',
    'map.download': 'Скачать данные (GeoJSON)',
    'map.open': 'Открыть интерактивную карту',
    'map.loading': 'Карта загружается…',
    'map.loadError': 'Не удалось загрузить интерактивную карту. Статичная карта и список остаются на месте.',
    'map.saveData':
      'Включён режим экономии трафика, поэтому интерактивная карта не открылась сама. Её можно открыть кнопкой.',
    'map.interactive': 'Интерактивная карта',
    'map.help':
      'Стрелки двигают карту, клавиши + и − меняют масштаб. Tab переходит между сёлами, Enter открывает сведения, Escape закрывает их.',
    'map.zoomIn': 'Приблизить',
    'map.zoomOut': 'Отдалить',
    'map.close': 'Закрыть',
    'map.inView':
      'Населённых пунктов в видимой области: {count}. Чтобы переходить между ними с клавиатуры, приблизьте карту или воспользуйтесь списком.',
    'map.filter.legend': 'Фильтр',
    'map.filter.status': 'Статус',
    'map.filter.district': 'Район',
    'map.filter.allStatuses': 'Все статусы',
    'map.filter.allDistricts': 'Все районы',
    'map.filter.shown': 'Показано: {shown} (всего {total})',
    'map.filter.none': 'Под фильтр не подходит ни один населённый пункт.',
    'map.list': 'Список по районам',
    'map.romanized':
      '* Английское написание — наша транслитерация казахского названия, а не официальное название.',
  },
  en: {
    'map.title': 'Map of villages without internet',
    'map.description':
      '{region}: the settlements that sources name as lacking internet, on a map and in a list by district, each with its source.',
    'map.intro':
      'The map marks the {count} settlements that sources name as lacking internet. The list below gives the status of each, when it was reported, and the source.',
    'map.unnamed':
      'One source ({date}) gives only the number of villages in the region without internet ({count}), not their names. They are therefore not on the map, and whether any village shown here was among them is unknown.',
    'map.unlocated':
      'A source ({date}) counts {total} settlements with no mobile internet at all; the map shows only the {named} of them whose names are known.',
    'map.status.no-mobile-internet': 'No mobile internet at all',
    'map.status.awaiting-connection': 'Waiting to be connected to the internet',
    'map.status.no-internet': 'No internet',
    'map.status.offices-connected-fibre': 'State offices connected by a fibre-optic line',
    'map.status.connected-fibre': 'Connected by a fibre-optic line',
    'map.status.connected-mobile-4g': 'Connected to 4G mobile internet',
    'map.reported': 'reported {date}',
    'map.coordinates': 'Coordinates',
    'map.svgTitle': '{region}: settlements without internet',
    'map.svgDesc':
      'The region’s boundary, its neighbours, the main towns and {count} settlements. The full list is below the map.',
    'map.legend': 'Legend',
    'map.legend.region': 'Region boundary',
    'map.legend.town': 'Town (name as in GeoNames)',
    'map.credit.boundaries': 'Region boundaries',
    'map.credit.towns': 'Towns',
    'map.credit.villages': 'Village coordinates',
    'map.credit.publicDomain': 'public domain',
    'map.credit.osm': '© OpenStreetMap contributors',
    'map.download': 'Download the data (GeoJSON)',
    'map.open': 'Open the interactive map',
    'map.loading': 'Loading the map…',
    'map.loadError': 'The interactive map could not be loaded. The static map and the list are still here.',
    'map.saveData':
      'Data Saver is on, so the interactive map did not open by itself. You can open it with the button.',
    'map.interactive': 'Interactive map',
    'map.help':
      'Arrow keys move the map and + and − zoom. Tab moves between villages, Enter opens one and Escape closes it.',
    'map.zoomIn': 'Zoom in',
    'map.zoomOut': 'Zoom out',
    'map.close': 'Close',
    'map.inView':
      '{count} settlements in view. To move between them with the keyboard, zoom in or use the list.',
    'map.filter.legend': 'Filter',
    'map.filter.status': 'Status',
    'map.filter.district': 'District',
    'map.filter.allStatuses': 'All statuses',
    'map.filter.allDistricts': 'All districts',
    'map.filter.shown': 'Showing {shown} of {total}',
    'map.filter.none': 'No settlement matches the filter.',
    'map.list': 'List by district',
    'map.romanized': '* The English spelling is our romanization of the Kazakh name, not an official one.',
  },
});
