import { defineStrings } from '../define-strings.ts';

/** Strings of the village map page and its interactive map (keys are prefixed `map.`). */
export const map = defineStrings({
  kk: {
    'map.title': 'Ауылдар картасы: интернет туралы баспасөз не хабарлады',
    'map.description':
      '{region}: интернетінің жай-күйі туралы баспасөзде хабар шыққан елді мекендер картада және аудандар бойынша тізімде. Әр хабардың күні мен дереккөзі көрсетілген.',
    'map.intro':
      'Картада интернетінің жай-күйі туралы баспасөзде хабар шыққан {count} елді мекен белгіленген. Тізімде әрқайсысы туралы соңғы хабар, оның күні мен дереккөзі берілген; бір елді мекен туралы бірнеше хабар болса, бұрынғылары «Хабарлар тарихы» бөлімінде.',
    'map.unnamed':
      'Дереккөзде ({date}) облыстағы интернеті жоқ {count} ауылдың тек саны айтылған, атаулары берілмеген. Сондықтан олар картада жоқ, ал мұндағы ауылдардың солардың қатарында болған-болмағаны белгісіз.',
    'map.unlocated':
      'Дереккөзде ({date}) мобильді интернет мүлде жоқ елді мекендер саны {total} деп көрсетілген; картада солардың ішінен атауы белгілі {named} елді мекен ғана бар.',
    'map.status.no-mobile-internet': 'Мобильді интернет мүлде болмаған',
    'map.status.awaiting-connection': 'Интернетке қосылуды күтіп отырған',
    'map.status.no-internet': 'Интернет болмаған',
    'map.status.offices-connected-fibre':
      'Мемлекеттік мекемелері талшықты-оптикалық байланыс желісіне қосылған',
    'map.status.connected-fibre': 'Талшықты-оптикалық байланыс желісіне қосылған',
    'map.status.connected-mobile-4g': '4G мобильді интернетпен қамтылған',
    'map.status.slow-internet': 'Тұрғындар интернетті жылдамдатуды сұраған',
    'map.status.connected-mobile': 'Ұялы байланыс желісіне қосылған (буыны көрсетілмеген)',
    'map.dateNotStated': 'күні көрсетілмеген',
    'map.dateNotStated.notLater': 'күні көрсетілмеген (ең кеші — {to})',
    'map.dateNotStated.between': 'күні көрсетілмеген (ең ерте — {from}, ең кеші — {to})',
    'map.legend.undatedShort': 'Үзік жиек: күні көрсетілмеген',
    'map.filter.date': 'Хабардың күні',
    'map.filter.allDates': 'Барлығы',
    'map.filter.dated': 'Күні көрсетілген',
    'map.filter.undated': 'Күні көрсетілмеген',
    'map.legend.undated':
      'Үзік жиек — соңғы хабардың дереккөзінде күні көрсетілмеген. Күні көрсетілмеген хабар күні бар хабардан ешқашан «соңғы» болып саналмайды.',
    'map.unmapped.heading': 'Картаға түсірілмеген елді мекендер',
    'map.unmapped.intro':
      'Бұл елді мекендер туралы хабар бар, бірақ олардың орны ешбір жазбада табылмады, сондықтан олар картада жоқ, тек тізімде.',
    'map.notLocated': 'Картада нүктесі жоқ: орны табылмады',
    'map.report.village': 'Осы елді мекен туралы жаңа дерек жіберу',
    'map.report.link': 'Ауылыңыз туралы хабарлаңыз',
    'map.report.intro':
      'Ауылыңызда интернет қалай жұмыс істейді? Қандай байланыс бар, қай оператор, қашаннан бері және оны не растайды (әкімдіктің жауабы, баспасөз хабары, хабарландырудың суреті) — соны жазыңыз.',
    'map.report.public':
      'Хабарлама GitHub сайтында бәріне ашық жарияланады, оған GitHub тіркелгісі керек. Оны деректерге дереккөзі (баспасөз хабары, ресми жауап, жария хабарландыру) табылғанда ғана қосамыз; тексерілмеген хабар сайтта факт ретінде көрсетілмейді.',
    'map.report.email': 'Тіркелгіңіз жоқ болса, хат жазыңыз: {email}',
    'map.reported': 'Хабарланған уақыты: {date}',
    'map.coordinates': 'Координаталар',
    'map.svgTitle': '{region}: баспасөз хабарларындағы ауылдар',
    'map.svgDesc':
      'Облыс шекарасы, көрші облыстар, ірі қалалар және {count} елді мекен. Толық тізім картаның астында.',
    'map.legend': 'Шартты белгілер',
    'map.legend.region': 'Облыс шекарасы',
    'map.legend.town': 'Қала',
    'map.credit.boundaries': 'Облыс шекаралары',
    'map.credit.towns': 'Қалалар',
    'map.credit.villages': 'Ауылдардың координаталары',
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
      'Картаны бағыттауыш пернелер жылжытады, + және − пернелері үлкейтіп-кішірейтеді. Ауылдар арасында Tab пернесімен ауысыңыз: Enter мәліметті ашады, Escape жабады.',
    'map.zoomIn': 'Үлкейту',
    'map.zoomOut': 'Кішірейту',
    'map.close': 'Жабу',
    'map.inView':
      'Картаның көрінетін бөлігінде {count} елді мекен бар. Олардың арасында пернетақтамен жүру үшін картаны үлкейтіңіз немесе тізімді пайдаланыңыз.',
    'map.filter.legend': 'Сүзгі',
    'map.filter.status': 'Соңғы хабар бойынша жағдайы',
    'map.filter.district': 'Аудан',
    'map.filter.allStatuses': 'Барлық жағдай',
    'map.filter.allDistricts': 'Барлық аудан',
    'map.filter.shown': 'Көрсетілген: {shown} (барлығы {total})',
    'map.filter.none': 'Сүзгіге сай елді мекен жоқ.',
    'map.list': 'Аудандар бойынша тізім',
    'map.romanized': '* Ағылшынша атау — қазақша атаудың біз жасаған транслитерациясы, ресми жазылуы емес.',
    'map.history': 'Хабарлар тарихы ({count})',
    'map.nameReading': 'Дереккөздегі жазылуы: «{inSource}». «{name}» — біздің оқуымыз.',
    'map.osmObject': 'OpenStreetMap, нысан {id}',
    'map.coordinatesFromSource': 'дереккөз бойынша',
    'map.legend.latest':
      'Әр елді мекен ол туралы соңғы хабар бойынша белгіленген: дөңгелек — интернет болмаған, баяу болған не күтілген, ромб — қосылғаны хабарланған.',
    'map.notes': 'Хабарларға ескертпелер',
    'map.notesElsewhere':
      'Кейбір хабарларға ескертпе әзірге тек ағылшын тілінде жазылған. Олар деректер файлында (village-statuses.csv) және беттің ағылшынша нұсқасында.',
  },
  ru: {
    'map.title': 'Карта сёл: что пресса сообщала об интернете',
    'map.description':
      '{region}: населённые пункты, о доступе к интернету в которых сообщала пресса, — на карте и в списке по районам, с датой и источником каждого сообщения.',
    'map.intro':
      'На карте отмечены населённые пункты, о доступе к интернету в которых сообщала пресса, — всего {count}. В списке для каждого приведено последнее сообщение, его дата и источник; если сообщений несколько, прежние — в разделе «История сообщений».',
    'map.unnamed':
      'Источник ({date}) приводит только число сёл области без интернета ({count}), не называя их. Поэтому их нет на карте, и неизвестно, были ли среди них сёла, показанные здесь.',
    'map.unlocated':
      'Источник ({date}) насчитывает населённые пункты совсем без мобильного интернета: {total}. На карте только те из них, чьи названия известны: {named}.',
    'map.status.no-mobile-internet': 'Мобильного интернета не было совсем',
    'map.status.awaiting-connection': 'Ждало подключения к интернету',
    'map.status.no-internet': 'Интернета не было',
    'map.status.offices-connected-fibre':
      'Государственные учреждения подключены к волоконно-оптической линии связи',
    'map.status.connected-fibre': 'Подключено к волоконно-оптической линии связи',
    'map.status.connected-mobile-4g': 'Появилось покрытие мобильного интернета 4G',
    'map.status.slow-internet': 'Жители просили ускорить интернет',
    'map.status.connected-mobile': 'Подключено к мобильной сети (поколение не указано)',
    'map.dateNotStated': 'дата не указана',
    'map.dateNotStated.notLater': 'дата не указана (не позднее: {to})',
    'map.dateNotStated.between': 'дата не указана (не ранее: {from}; не позднее: {to})',
    'map.legend.undatedShort': 'Пунктирный контур: дата не указана',
    'map.filter.date': 'Дата сообщения',
    'map.filter.allDates': 'Все',
    'map.filter.dated': 'Дата указана',
    'map.filter.undated': 'Дата не указана',
    'map.legend.undated':
      'Пунктирный контур — в источнике последнего сообщения дата не указана. Сообщение без даты никогда не считается последним, если есть датированное.',
    'map.unmapped.heading': 'Населённые пункты, которые нельзя показать на карте',
    'map.unmapped.intro':
      'О них есть сообщения, но их местоположение не найдено ни в одной записи, поэтому на карте их нет — только в списке.',
    'map.notLocated': 'На карте не отмечено: местоположение не найдено',
    'map.report.village': 'Сообщить новое об этом населённом пункте',
    'map.report.link': 'Сообщите о своём селе',
    'map.report.intro':
      'Как работает интернет в вашем селе? Напишите, какая связь есть, какой оператор, с какого времени и чем это подтверждается (ответ акимата, сообщение прессы, фото объявления).',
    'map.report.public':
      'Сообщение публикуется открыто на GitHub, для него нужна учётная запись GitHub. В данные оно попадает, только когда найден источник, на который можно сослаться (сообщение прессы, официальный ответ, публичное объявление); непроверенное сообщение никогда не показывается на сайте как факт.',
    'map.report.email': 'Нет учётной записи? Напишите на {email}',
    'map.reported': 'Дата сообщения: {date}',
    'map.coordinates': 'Координаты',
    'map.svgTitle': '{region}: сёла из сообщений прессы',
    'map.svgDesc':
      'Граница области, соседние области, крупные города и населённые пункты ({count}). Полный список — под картой.',
    'map.legend': 'Условные обозначения',
    'map.legend.region': 'Граница области',
    'map.legend.town': 'Город',
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
    'map.filter.status': 'Статус по последнему сообщению',
    'map.filter.district': 'Район',
    'map.filter.allStatuses': 'Все статусы',
    'map.filter.allDistricts': 'Все районы',
    'map.filter.shown': 'Показано: {shown} (всего {total})',
    'map.filter.none': 'Под фильтр не подходит ни один населённый пункт.',
    'map.list': 'Список по районам',
    'map.romanized':
      '* Английское написание — наша транслитерация казахского названия, а не официальное название.',
    'map.history': 'История сообщений ({count})',
    'map.nameReading': 'В источнике: «{inSource}». «{name}» — наше прочтение.',
    'map.osmObject': 'OpenStreetMap, объект {id}',
    'map.coordinatesFromSource': 'по источнику',
    'map.legend.latest':
      'Каждый населённый пункт отмечен по последнему сообщению о нём: кружок — интернета не было, он был медленным или его ждали, ромб — сообщалось о подключении.',
    'map.notes': 'Примечания к сообщениям',
    'map.notesElsewhere':
      'К некоторым сообщениям примечания пока есть только на английском языке. Они в файле данных (village-statuses.csv) и в английской версии страницы.',
  },
  en: {
    'map.title': 'Village map: what the press reported about the internet',
    'map.description':
      '{region}: the settlements whose internet the press reported on, on a map and in a list by district, with the date and source of each report.',
    'map.intro':
      'The map marks the {count} settlements whose internet the press reported on. The list gives the latest report on each, its date and its source; where there were several reports, the earlier ones are under “Report history”.',
    'map.unnamed':
      'One source ({date}) gives only the number of villages in the region without internet ({count}), not their names. They are therefore not on the map, and whether any village shown here was among them is unknown.',
    'map.unlocated':
      'A source ({date}) counts {total} settlements with no mobile internet at all; the map shows only the {named} of them whose names are known.',
    'map.status.no-mobile-internet': 'Had no mobile internet at all',
    'map.status.awaiting-connection': 'Was waiting to be connected to the internet',
    'map.status.no-internet': 'Had no internet',
    'map.status.offices-connected-fibre': 'State offices connected by fibre-optic line',
    'map.status.connected-fibre': 'Connected by fibre-optic line',
    'map.status.connected-mobile-4g': 'Covered by 4G mobile internet',
    'map.status.slow-internet': 'Residents asked for faster internet',
    'map.status.connected-mobile': 'Connected to a mobile network (generation not stated)',
    'map.dateNotStated': 'date not stated',
    'map.dateNotStated.notLater': 'date not stated (not later than {to})',
    'map.dateNotStated.between': 'date not stated (not earlier than {from}, not later than {to})',
    'map.legend.undatedShort': 'Dashed outline: date not stated',
    'map.filter.date': 'Date of the report',
    'map.filter.allDates': 'All',
    'map.filter.dated': 'Date stated',
    'map.filter.undated': 'Date not stated',
    'map.legend.undated':
      'Dashed outline: the source of the latest report states no date. A report without a date never counts as the latest over a dated one.',
    'map.unmapped.heading': 'Places that cannot be mapped',
    'map.unmapped.intro':
      'A source reported on these settlements, but no record locates them, so they are in the list and not on the map.',
    'map.notLocated': 'Not on the map: it could not be located',
    'map.report.village': 'Report news about this settlement',
    'map.report.link': 'Report your village',
    'map.report.intro':
      'How does the internet work in your village? Tell us what connection there is, which operator, since when, and what shows it (an akimat’s reply, a press item, a photo of a notice).',
    'map.report.public':
      'The report is public on GitHub, and you need a GitHub account to send it. It becomes part of the data only once there is a source we can cite (a press item, an official reply, a public notice); an unverified report is never shown on the site as a fact.',
    'map.report.email': 'No account? Write to {email}',
    'map.reported': 'Reported: {date}',
    'map.coordinates': 'Coordinates',
    'map.svgTitle': '{region}: villages in press reports',
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
    'map.filter.status': 'Status in the latest report',
    'map.filter.district': 'District',
    'map.filter.allStatuses': 'All statuses',
    'map.filter.allDistricts': 'All districts',
    'map.filter.shown': 'Showing {shown} of {total}',
    'map.filter.none': 'No settlement matches the filter.',
    'map.list': 'List by district',
    'map.romanized': '* The English spelling is our romanization of the Kazakh name, not an official one.',
    'map.history': 'Report history ({count})',
    'map.nameReading': 'The source has “{inSource}”; “{name}” is our reading.',
    'map.osmObject': 'OpenStreetMap, node {id}',
    'map.coordinatesFromSource': 'from the source',
    'map.legend.latest':
      'Each settlement is marked by the latest report on it: a circle where internet was lacking, too slow or awaited, a diamond where a connection was reported.',
    'map.notes': 'Notes on the reports',
    'map.notesElsewhere': '',
  },
});
