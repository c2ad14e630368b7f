/**
 * Every sentence of the site in Kazakh, the default language. To change a Kazakh sentence, edit it
 * here and keep its {placeholders}. This file is the reference: ru.ts and en.ts hold the same keys
 * and, per key, the same {placeholders}, which the type checker (`translation()` in ../translation.ts)
 * and tests/i18n/locales.test.ts hold them to.
 *
 * Figures, dates and names never appear in the text: they arrive as {placeholders}, which `t()`
 * fills (../ui.ts). Kazakh keeps each placeholder where no case ending has to attach to it (the
 * ending goes on the noun after it), so any number or name reads correctly. A date placeholder
 * stands where its own grammatical form fits ("as of …", or in brackets).
 */
import type { DataDictionary } from '../translation.ts';

export const kk = {
  // Every page: site name, navigation, values, dates, sources, footer.
  'site.name': 'Цифрлық {region}',
  'nav.skip': 'Негізгі мазмұнға өту',
  'nav.language': 'Тіл',
  'nav.main': 'Сайт бөлімдері',
  'nav.story': 'Мақала',
  'nav.villages': 'Ауылдар картасы',
  'nav.methodology': 'Әдістеме',
  'nav.data': 'Деректер',
  'value.notReported': 'дерек берілмеген',
  'value.approximate': 'шамамен {value}',
  'date.notReported': 'күні көрсетілмеген',
  'date.year': '{year} ж.',
  'source.label': 'Дереккөз',
  'source.sources': 'Дереккөздер',
  'source.noUrl': 'сілтемесі сақталмаған',
  'source.ourTranslation': '(біздің аудармамыз)',
  'footer.data':
    'Барлық сандар data/ қалтасындағы ашық деректерден алынған; әр санның дереккөзі көрсетілген.',
  'footer.licence': 'Код: MIT. Деректер: дереккөздерінің лицензиясы бойынша (data/README.md).',

  // The story's share card and its og:image text; the story itself is in src/content/story/.
  'front.headline': 'Ауыл тұрғындары интернетке қосылды ма? {region} бойынша деректер не дейді',
  'front.card.first': '{date}: интернеті жоқ деп хабарланған ауылдар',
  'front.card.latest': '{date}: мобильді интернетпен мүлде қамтылмаған елді мекендер',
  'front.card.unnamed': 'елді мекеннің атауы белгісіз; қазіргі жағдайы да белгісіз',
  'front.card.unknown': 'Қазіргі жағдайы белгісіз',
  'front.card.sources': 'Әр санның дереккөзі сайтта көрсетілген',

  // Charts: titles, subtitles, labels inside the drawings, notes, table columns.
  'chart.measure.digital': 'онлайн',
  'chart.measure.notDigital': 'қағаз түрінде',
  'chart.measure.total': 'барлығы',
  'chart.status.counts': 'Сандар келтірілген',
  'chart.noShare': 'Жалпы саны берілмегендіктен, үлесін есептеу мүмкін емес',
  'chart.view.label': 'Көрсету',
  'chart.view.counts': 'Саны',
  'chart.view.shares': 'Жалпы санға шаққандағы үлесі',
  'chart.col.department': 'Басқарма',
  'chart.col.status': 'Жағдайы',
  'chart.col.shareDigital': 'Онлайн үлесі, %',
  'chart.col.indicator': 'Көрсеткіш',
  'chart.col.value': 'Мәні',
  'chart.col.percent': 'Мәні, %',
  'chart.col.unit': 'Өлшем бірлігі',
  'chart.col.date': 'Күні',
  'chart.col.source': 'Дереккөз',
  'chart.unit.percent': 'пайыз',
  'chart.unit.count': 'саны',
  'chart.figure.table': 'Деректер кестесі',
  'chart.figure.notes': 'Ескертпелер',
  'chart.figure.asOf': 'Деректердің ең соңғы күні: {date}',
  'chart.departments.title': 'Басқармалар не хабарлады, {date}',
  'chart.departments.subtitle':
    '{region} әкімдігі басқармаларындағы онлайн және қағаз түріндегі мемлекеттік қызмет түрлері. Аталмаған сан «дерек берілмеген» деп белгіленген.',
  'chart.departments.note.missing':
    '«Дерек берілмеген» — дереккөзде бұл сан жоқ деген сөз, нөл дегенді білдірмейді.',
  'chart.departments.note.noTotals':
    'Бірде-бір басқарманың қызметтерінің жалпы саны аталмаған, сондықтан онлайн қызметтердің үлесін есептеу мүмкін емес.',
  'chart.departments.note.lagging':
    '«Артта қалған»: дереккөз бұл басқармаларда бағдарламаның орындалуы көңіл көншітпейтінін айтады, бірақ сан келтірмейді.',
  'chart.note.translatedNames':
    'Басқармалар мен қызметтердің орысша және ағылшынша атаулары — қазақ тіліндегі атаулардың біз жасаған аудармасы, ресми атау емес.',
  'chart.timeline.title': '{region} елді мекендеріндегі интернет: әр жылдары не айтылды',
  'chart.timeline.subtitle':
    'Әр жол — жеке көрсеткіш: сол жақта — саны, оң жақта — қай кезеңге қатысты екені. Нақты күн — нүкте; ай, жыл немесе дереккөзде нақты күні жоқ ұзағырақ аралық — ұштары белгіленген жіңішке сызық.',
  'chart.timeline.note.measures':
    'Жолдар әр түрлі нәрсені өлшейді: интернеттің мүлде жоқтығын, мобильді интернеттің жоқтығын, талшықты-оптикалық желіні, 4G байланысын. Олар бір бүтіннің бөліктері емес, оларды қосуға болмайды.',
  'chart.timeline.note.spans':
    'Аралық көрсетілсе, мақаланың өзінде күні жоқ деген сөз: аралық мақаланың мазмұнына қарап, мысалы, жиынды өткізген лауазымды тұлғаның қызмет мерзімі бойынша анықталған.',
  'chart.timeline.note.undated':
    'Дереккөз күнін көрсетпеген сандар уақыт осінен тыс, оң жақтағы «күні көрсетілмеген» бағанында тұр.',
  'chart.timeline.note.denominators':
    'Дереккөздер облыстағы елді мекендердің санын әртүрлі көрсетеді ({totals}), сондықтан олардың сандарын тікелей салыстыруға болмайды.',
  'chart.timeline.note.overlap':
    'Бір дереккөзде тек 2G/3G байланысы бар, 4G байланысы бар және мобильді интернеті мүлде жоқ елді мекендерді қосқанда {sum} шығады, ал сол дереккөз бойынша елді мекендердің жалпы саны — {total}. Демек, топтар қиылысуы мүмкін не дереккөздегі сандардың бірі қате.',
  'chart.timeline.note.plan':
    '4G жоспарланған елді мекендер жолы — нәтиже емес, жоспар. Оның орындалған-орындалмағанын бұл дереккөздердің ешқайсысы хабарламайды.',
  'chart.literacy.title': 'Цифрлық сауаттылық: мақаладағы көрсеткіш және республикалық статистика',
  'chart.literacy.subtitle':
    '{year} жылғы мақалада {region} бойынша цифрлық сауаттылық {value} деп көрсетілген, бірақ оның нені өлшейтіні айтылмаған. Республикалық көрсеткіштер екі жас тобы бойынша берілген.',
  'chart.literacy.caveat': 'Анықтамасы көрсетілмеген: республикалық көрсеткіштермен салыстыруға келмейді',
  'chart.literacy.note.definition':
    'Мақалада {value} көрсеткішінің нені, қай жастағыларды және қалай өлшейтіні айтылмаған. Сол жылғы ресми республикалық көрсеткіштер әлдеқайда жоғары, сондықтан бұл басқа өлшем болуы ықтимал.',
  'chart.literacy.note.regional': '{region} бойынша ресми көрсеткіш бірде-бір жылға табылған жоқ.',
  'chart.literacy.note.points':
    'Әр нүкте — жылдық мән, ол жылдың ортасында белгіленген; сызықтар бір көрсеткіштің жылдарын жалғайды.',
  'chart.status.lagging': 'Артта қалды делінді; сан келтірілмеген',
  'chart.status.noFigures': 'Сан келтірілмеген баяндама',
  'chart.status.none': 'Өз қызметтері туралы сан келтірілмеген',
  'chart.departments.note.years':
    'Әр басқарма бойынша дереккөздер хабарлаған әр жыл көрсетілген, ең ертесі бірінші. Өзгеріс екі жылда бірдей көрсеткіш берілген жерде ғана жазылады.',
  'chart.departments.note.someTotals':
    'Үлес тек дереккөз басқарманың қызметтерінің жалпы санын берген жылдар үшін көрсетілген.',
  'chart.services.title': 'Онлайн мемлекеттік қызметтер: {country} бойынша жалпы көрініс',
  'chart.services.subtitle':
    'Әр панель — өз шкаласы бар жеке көрсеткіш: хабарланған мәндер сызықпен қосылған, мақсаттар пунктирмен қосылған бос шеңберлер. Панельдер бір-бірімен салыстырылмайды және қосылмайды.',
  'chart.services.legend.reported': 'Дереккөз хабарлаған мән',
  'chart.services.legend.target': 'Мақсат: жоспар, нәтиже емес',
  'chart.services.targetTip': 'Бұл — мақсат, нәтиже емес.',
  'chart.services.col.kind': 'Түрі',
  'chart.services.col.definition': 'Анықтамасы',
  'chart.services.kind.reported': 'хабарланған мән',
  'chart.services.kind.target': 'мақсат',
  'chart.services.note.rows':
    'Қызмет түрлерінің саны, көрсетілген қызметтердің саны және үй шаруашылықтарының үлесі — әртүрлі нәрселер: бір жолдың мәнін екіншісімен салыстыруға немесе қосуға болмайды.',
  'chart.services.note.regional':
    'Бұл — ел бойынша сандар; {region} бойынша 2018 жылдан кейінгі мемлекеттік қызметтер туралы жеке көрсеткіштер табылған жоқ.',
  'chart.services.note.targets':
    'Бос шеңбер — мақсат. Оның орындалғаны туралы дереккөз табылмаған жағдайда, ол орындалды деп саналмайды.',
  'chart.timeline.col.area': 'Аумақ',
  'chart.timeline.note.offices':
    '«Мемлекеттік мекемелері қосылған елді мекендер» — әкімдік, мектеп, емхана сияқты мекемелердің саны бойынша; бұл үйлердің қосылуы емес және «талшықты желісі бар елді мекендер» емес.',
  'chart.timeline.note.national':
    '{country} бойынша жолдар — жалпы көрініс; {region} бойынша жолдарды олардың бөлігі деп оқуға болмайды, ал «ауылдар» мен «елді мекендер» — әртүрлі санақ.',
  'chart.departments.noFigures': 'Сан келтірмегендер: {list}',
  'chart.timeline.note.latest': 'Соңғы деректер: {region} — {regionDate}; {country} — {date}.',
  'chart.map.unmapped.heading': 'Картада жоқ',
  'chart.map.unmapped':
    '{name}, {date}: барлығы {total}, оның ішінде атауы берілмегені (картада жоқ): {count}',
  'chart.figure.embed': 'Сайтқа енгізу / жүктеп алу',

  // The methodology page.
  'method.sources.intro':
    'Сайт пайдаланатын барлық жарияланымдар мен деректер жиынтықтары. Тақырыбы түпнұсқа тілінде беріледі, басқа тілде болса, қасында жақша ішінде аудармасы тұрады. Сілтемесі сақталмаған дереккөз атауымен келтіріледі.',
  'method.source.publisher': 'Жариялаушы',
  'method.source.published': 'Жарияланған күні',
  'method.source.language': 'Тілі',
  'method.source.url': 'Сілтеме',
  'method.source.notPreserved': 'сақталмаған',
  'method.source.publisherNotPreserved': 'сақталмаған',
  'method.source.notes': 'Ескертпе',
  'method.source.quotes': 'Дереккөздің өз сөзі ({n})',
  'method.lang.kk': 'қазақ тілі',
  'method.lang.ru': 'орыс тілі',
  'method.lang.en': 'ағылшын тілі',
  'method.definitions.heading': 'Көрсеткіштер және олардың анықтамалары',
  'method.definitions.intro':
    'Төмендегі әр көрсеткіштің өз анықтамасы бар. Атаулары ұқсас көрсеткіштер де әртүрлі нәрсені өлшейді.',
  'method.definitions.unit': 'Өлшем бірлігі',
  'method.terms.heading': 'Басқармалар бойынша сандар нені білдіреді',
  'method.term.digital':
    '«{label}»: дереккөздің айтуынша, басқарма электрондық форматқа көшірген қызмет түрлері.',
  'method.term.notDigital': '«{label}»: әлі тек қағаз түрінде көрсетілетін қызмет түрлері.',
  'method.term.total': '«{label}»: басқарма көрсететін қызмет түрлерінің жалпы саны.',
  'method.term.lagging':
    '«{label}»: дереккөзде басқармадағы бағдарламаның орындалуы көңіл көншітпейді делінген, бірақ сан келтірілмеген.',
  'method.term.noFigures':
    '«{label}»: басқарма баяндама жасаған, бірақ сан келтірмеген; дереккөз оған баға бермеген.',
  'method.term.notReported':
    '«Дерек берілмеген»: дереккөзде бұл сан жоқ. Ол ешқашан нөл болып көрсетілмейді, өйткені нөл «ештеңе істелмеген» деген мәлімдеме болар еді.',
  'method.term.dates':
    'Күндер дереккөздегідей нақтылықпен беріледі: жыл, ай немесе күн. Дереккөзде күні көрсетілмей, оны тек мазмұнына қарап шамалауға болса, аралық беріледі.',
  'method.data.heading': 'Деректер',
  'method.data.text':
    'Барлық сандар ашық деректер ретінде CSV файлдарында сақталған, әр жолда дереккөзі көрсетілген. Жүктеп алуға арналған сілтемелер деректер бетінде берілген.',

  // The methodology page: its note on the sources after the first report.
  'method.later.heading': '{year} жылдан кейінгі дереккөздер',
  'method.later.intro':
    'Кейінгі сандар — лауазымды адамдарға, сауалнама жүргізген институтқа және ұлттық статистикаға сілтеме жасаған жаңалықтардан. Әр дереккөздің қандай көрсеткіш беретіні төменде көрсетілген; әр көрсеткіштің анықтамасы жоғарыда берілген.',
  'method.later.gives': '—',
  'method.later.apart.heading': 'Неге бұл сандар қатар тұрады, бірақ қосылмайды',
  'method.later.apart.offices':
    'Талшықты желіге қосылған мемлекеттік мекемелер — үйлер емес; мекемелері қосылған елді мекендер де «талшықты желісі бар елді мекендер» емес.',
  'method.later.apart.kinds':
    'Онлайн қолжетімді қызмет түрлерінің саны — түрлердің саны; онлайн көрсетілген қызметтер — жеке өтініштердің саны. Біріншісінің үлесі екіншісінің үлесі емес.',
  'method.later.apart.internet':
    '«Интернетпен қамтылған елді мекендер» кез келген технологияны есептейді, «талшықты желісі бар ауылдар» тек оптиканы; «ауылдар» қалаларды есептемейді, «елді мекендер» есептейді.',
  'method.later.apart.targets':
    'Мақсаттар — жоспар, нәтиже емес: диаграммаларда олар бос шеңбермен белгіленеді, нақты сандармен бір сызыққа қосылмайды.',
  'method.later.apart.national':
    'Ел бойынша сандар — жалпы көрініс: облыс сандары олардың бөлігі ретінде есептелмейді, облыстың үлесі олардан шығарылмайды.',

  // The village map page and its interactive map.
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
  'map.report.issueTitle': 'Ауыл туралы хабар',
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

  // Embeds, downloads, the data page and the spreadsheets.
  'embed.panel': 'Сайтқа ендіру және жүктеп алу',
  'embed.code': 'Ендіру коды',
  'embed.codeHelp':
    'Кодты сайтыңыздағы беттің HTML кодына қойыңыз. Диаграмма биіктігін өзі реттейді; JavaScript өшірулі болса, оның орнына сурет көрсетіледі.',
  'embed.copy': 'Кодты көшіру',
  'embed.copied': 'Көшірілді',
  'embed.copyFailed': 'Көшіру мүмкін болмады: кодты белгілеп, қолмен көшіріңіз.',
  'embed.downloads': 'Жүктеп алу',
  'embed.png': 'Сурет, PNG ({width}×{height} пиксель)',
  'embed.svg': 'Векторлық сурет, SVG',
  'embed.csv': 'Диаграмма деректері, CSV (мәтіндік файл)',
  'embed.xlsx': 'Диаграмма деректері, Excel кестесі (XLSX)',
  'embed.page': 'Ендіруге арналған бет',
  'embed.cite': 'Сілтеме жасау үлгісі',
  'embed.citation':
    '«{title}» // {site}. {sourceLabel}: {sources}. Деректер нұсқасы: {version}. URL: {url} (қаралған күні: {date}).',
  'embed.citationNoUrl':
    '«{title}» // {site}. {sourceLabel}: {sources}. Деректер нұсқасы: {version} (қаралған күні: {date}).',
  'embed.accessDate': '[ашқан күніңізді жазыңыз]',
  'embed.dataAsOf': 'Ең соңғы деректер: {date}',
  'embed.version': 'Деректер нұсқасы: {version}',
  'embed.versionUnknown': 'белгісіз',
  'embed.more': '{site} сайтында толығырақ',
  'embed.map.title': '{region}: интернеті туралы баспасөз хабарлаған елді мекендер',
  'embed.map.subtitle': 'Баспасөзде аталған {count} елді мекен; әр белгі — бір елді мекен',
  'embed.map.col.name': 'Елді мекен',
  'embed.map.col.district': 'Аудан',
  'embed.map.col.status': 'Хабарланған жағдайы',
  'embed.map.col.date': 'Хабарланған уақыты',
  'embed.map.col.lat': 'Ендік',
  'embed.map.col.lon': 'Бойлық',
  'embed.map.col.source': 'Дереккөз',
  'data.version': 'Қазіргі деректер нұсқасы: {version}.',
  'data.downloads': 'Жүктеп алу',
  'data.package': 'Деректер пакеті',
  'data.packageHelp':
    'Frictionless Data Package: datapackage.json сипаттамасы кестелердің бағандарын, түрлерін және байланыстарын көрсетеді; файлдар data/ қалтасындағыдай.',
  'data.villages': 'Елді мекендер',
  'data.villagesCsv': 'CSV (мәтіндік файл, бағандар атауы ағылшынша)',
  'data.villagesXlsx': 'Excel кестесі (XLSX)',
  'data.villagesGeojson': 'GeoJSON, карта бағдарламалары үшін',
  'data.charts': 'Диаграммалар деректері',
  'data.bom':
    'Excel үшін XLSX файлын алыңыз: онда сандар сан ретінде, күндер дереккөздегідей нақтылықпен мәтін ретінде жазылған, екінші парақта дереккөздер тізімі бар. CSV файлдары UTF-8 кодтауында, басында BOM белгісі бар; ондағы сандарда ондық бөлшек нүктемен жазылады. Дереккөз бермеген сан диаграмма файлдарында «дерек берілмеген» деп, ал деректер пакетінде `not-reported` деп жазылады.',
  'data.dictionary': 'Деректер сөздігі',
  'data.dictionaryNote': 'Бағандардың мағынасы деректер форматының сипаттамасы бойынша берілген.',
  'data.notReported':
    '`not-reported` белгісі дереккөздің бұл санды бермегенін білдіреді. Ол ешқашан нөл дегенді білдірмейді.',
  'data.column': 'Баған',
  'data.meaning': 'Мағынасы',
  'data.allowed': 'Рұқсат етілген мәндер',
  'data.kind.id': 'бірегей идентификатор',
  'data.kind.reference': '`{file}` файлындағы `id`',
  'data.kind.integer': 'бүтін сан',
  'data.kind.number': 'сан',
  'data.kind.boolean': '`true` немесе `false`',
  'data.kind.date': 'күн: ЖЖЖЖ, ЖЖЖЖ-АА, ЖЖЖЖ-АА-КК немесе БАСЫ/СОҢЫ',
  'data.kind.text': 'мәтін',
  'data.kind.url': 'веб-сілтеме',
  'data.kind.enum': 'мәндердің бірі: {values}',
  'data.range': 'ең азы {min}, ең көбі {max}',
  'data.minimum': '≥ {min}',
  'data.required': 'міндетті',
  'data.optional': 'бос қалуы мүмкін',
  'data.orNotReported': 'немесе `not-reported`',
  'data.changelog': 'Деректерге енгізілген өзгерістер тарихы',
  'data.changelogNote': 'data/ қалтасына енгізілген әр өзгеріс, git тарихы бойынша.',
  'data.changeDate': 'Күні',
  'data.changeVersion': 'Нұсқа',
  'data.noHistory': 'Өзгерістер тарихы бұл жинақта жоқ.',
  'xlsx.sheet.data': 'Деректер',
  'xlsx.source.id': 'Идентификатор',
  'xlsx.source.title': 'Атауы',
  'xlsx.source.publisher': 'Жариялаушы',
  'xlsx.source.url': 'Сілтеме',
  'xlsx.source.date': 'Жарияланған күні',

  // The data changelog, the feeds, the 404 page, correction links, the frame guard.
  'changes.what': 'Не өзгерді',
  'changes.where': 'Қай беттерде',
  'changes.added': 'қосылған жолдар: {n}',
  'changes.changed': 'өзгерген жолдар: {n}',
  'changes.removed': 'алынып тасталған жолдар: {n}',
  'changes.newFile': 'жаңа файл',
  'changes.removedFile': 'файл алынып тасталды',
  'changes.columns': 'бағандар: {columns}',
  'changes.none': 'Кестелердің жолдары өзгермеді (тек құжаттама).',
  'changes.entryTitle': 'Деректер жаңартылды: {date}',
  'feed.title': '{site}: деректер мен мақалалардың жаңалықтары',
  'feed.link': 'Жаңалықтар арнасы (Atom)',
  'feed.story': 'Мақала: {title}',
  'notFound.title': 'Бет табылмады',
  'notFound.text': 'Мұндай бет жоқ. Мекенжайды тексеріңіз немесе басты беттен бастаңыз.',
  'notFound.home': 'Басты бет',
  'correction.propose': 'Түзету ұсыну',
  'correction.help': 'Деректер файлын GitHub-та ашады; өзгерісіңіз тексеруден кейін жарияланады.',
  'frame.open': 'Бұл бетті өз сайтында ашу',
} as const;

// The data dictionary: the /data/ page's table and column descriptions in Kazakh, one per column of
// src/data/schema.ts (whose English also feeds datapackage.json). Column names, ids, file names and
// tokens such as `not-reported` stay as they are, in backticks where the English has them.

/** The columns most tables share, described once. */
const KK_SHARED = {
  id: 'Бірегей идентификатор: кіші латын әріптері, цифрлар және дефистер.',
  region: 'Облыс: regions.csv файлындағы `id`.',
  source: 'Осы жолдың дереккөзі: sources.csv файлындағы `id`.',
  note: 'Еркін мәтінмен жазылған ескерту, ағылшын тілінде. Міндетті емес.',
};

/** The data dictionary in Kazakh; its type requires every table and column of the contract. */
export const kkDataDictionary: DataDictionary = {
  tables: {
    sources: {
      title: 'Дереккөздер',
      description:
        'Әрбір сан, атау немесе координата алынған жарияланымдар, деректер жинақтары мен карталар.',
    },
    regions: {
      title: 'Облыстар',
      description: 'Сайт қамтитын ел және оның облыстары.',
    },
    districts: {
      title: 'Аудандар',
      description: 'Аудандар және облыстық маңызы бар қалалар.',
    },
    departments: {
      title: 'Басқармалар',
      description: 'Облыс әкімдігінің басқармалары мен мекемелері.',
    },
    digitization: {
      title: 'Басқармалар бойынша мемлекеттік қызметтердің электрондық форматқа көшірілуі',
      description:
        'Басқарма мемлекеттік қызметтердің қанша түрін электрондық форматта көрсететіні туралы дереккөз хабарлаған мәліметтер. Дереккөз бермеген сандар 0 деп емес, `not-reported` («дерек берілмеген») деп жазылады.',
    },
    services: {
      title: 'Дереккөздерде аталған мемлекеттік қызметтер',
      description: 'Дереккөз атап көрсеткен жекелеген қызметтер және олардың сол кездегі жай-күйі.',
    },
    indicators: {
      title: 'Көрсеткіштер',
      description: 'Өлшенетін шамалардың анықтамалары. Анықтамасы басқа болса, көрсеткіш те басқа.',
    },
    'indicator-values': {
      title: 'Көрсеткіштердің мәндері',
      description: 'Көрсеткіштердің уақыт бойынша мәндері, әр мәннің дереккөзі көрсетілген.',
    },
    villages: {
      title: 'Ауылдар және олардың орналасқан жері',
      description:
        'Интернеті туралы баспасөз хабарлаған елді мекендер және олардың орналасқан жері. Әр дереккөз не хабарлағаны және қашан хабарлағаны village-statuses.csv файлында.',
    },
    'village-statuses': {
      title: 'Ауылдардың жай-күйі туралы хабарлар',
      description:
        'Дереккөз ауылдағы интернет туралы не хабарлады және қашан: әр хабар — бір жол, сондықтан ауылдың тарихы сақталады. Әр ауылда кемінде бір жол бар; картада күні көрсетілген хабарлардың ең соңғысы көрсетіледі. Дереккөзінде күні көрсетілмеген хабардың `date` ұяшығында `not-reported`, ал `date_bound` ұяшығында шегі жазылады; ондай хабар күні бар хабардан ешқашан «соңғы» болып саналмайды.',
    },
    'source-quotes': {
      title: 'Дереккөздерден алынған дәйексөздер',
      description:
        'Сайттағы сан не тұжырым сүйенетін қысқа дәйексөздер, дереккөздегі сөзбе-сөз, түпнұсқа тілінде: әр дәйексөз — бір жол, оқырман санды дереккөздің өз сөзімен салыстыра алады.',
    },
  },
  fields: {
    'sources.id': KK_SHARED.id,
    'sources.title': 'Жарияланған күйіндегі атауы, түпнұсқа тілінде.',
    'sources.publisher': 'Кім жариялаған. Мәлімет сақталмаса, бос қалады.',
    'sources.url': 'Веб-мекенжайы (HTTP немесе HTTPS). Мәлімет сақталмаса, бос қалады.',
    'sources.language': 'Дереккөздің тілі.',
    'sources.published': 'Жарияланған күні, белгілі болғанынша дәл, немесе `not-reported`.',
    'sources.accessed': 'Біз оны оқыған күн немесе `not-reported`.',
    'sources.notes':
      'Дереккөздің не екені және кез келген ескерту, ағылшын тілінде. Сайтта беттің тілінде аудармасы көрсетіледі.',

    'sources.title_kind':
      '`headline`: `title` бағанында жарияланған күйіндегі тақырып тұр; `description`: тақырып сақталмаған, `title` бағанында біздің ағылшынша сипаттамамыз тұр. Бос болса, `headline`.',
    'sources.title_kk':
      'Тақырып сақталса: оның қазақша мағынасы, түпнұсқа тақырыптың жанында жақша ішінде көрсетіледі (дереккөз қазақ тілінде болса, бос қалады). Сипаттама болса: қазақша беттерде `title` орнына көрсетілетін мәтін.',
    'sources.title_ru':
      'Тақырып сақталса: оның орысша мағынасы, түпнұсқа тақырыптың жанында жақша ішінде көрсетіледі (дереккөз орыс тілінде болса, бос қалады). Сипаттама болса: орысша беттерде `title` орнына көрсетілетін мәтін.',
    'sources.title_en':
      'Тақырып сақталса: оның ағылшынша мағынасы, түпнұсқа тақырыптың жанында жақша ішінде көрсетіледі (дереккөз ағылшын тілінде болса, бос қалады). Сипаттама болса: ағылшынша беттерде `title` орнына көрсетілетін мәтін.',
    'sources.publisher_kk':
      'Жариялаушының атауы қазақша беттерде `publisher` бағанынан өзгеше жазылса, сол жазылуы.',
    'sources.publisher_ru':
      'Жариялаушының атауы орысша беттерде `publisher` бағанынан өзгеше жазылса, сол жазылуы.',
    'sources.note_kk':
      'Дереккөздің не екені және ескертулер, қазақша беттер үшін. Бос болса, ескерту көрсетілмейді.',
    'sources.note_ru':
      'Дереккөздің не екені және ескертулер, орысша беттер үшін. Бос болса, ескерту көрсетілмейді.',
    'sources.note_en':
      'Дереккөздің не екені және ескертулер, ағылшынша беттер үшін. Бос болса, `notes` көрсетіледі.',

    'regions.id': KK_SHARED.id,
    'regions.source_id': KK_SHARED.source,
    'regions.level': 'Әкімшілік деңгейі.',
    'regions.parent_id': 'Жоғары тұрған әкімшілік бірлік (осы файлдағы `id`); ел үшін бос.',
    'regions.name_kk': 'Облыстың қазақша атауы.',
    'regions.name_ru': 'Облыстың орысша атауы.',
    'regions.name_en': 'Облыстың ағылшынша атауы.',
    'regions.short_name_kk': 'Тақырыптарда қолданылатын қысқа атауы, қазақша (мысалы, «облысы» сөзінсіз).',
    'regions.short_name_ru': 'Тақырыптарда қолданылатын қысқа атауы, орысша.',
    'regions.short_name_en': 'Тақырыптарда қолданылатын қысқа атауы, ағылшынша.',
    'regions.iso_3166_2': 'ISO 3166-2 коды, мысалы, KZ-31.',
    'regions.kato': 'Әкімшілік-аумақтық объектілердің ұлттық жіктеуішіндегі коды (KATO).',

    'districts.id': KK_SHARED.id,
    'districts.region_id': KK_SHARED.region,
    'districts.source_id': KK_SHARED.source,
    'districts.name_kk': 'Ауданның қазақша атауы.',
    'districts.name_ru': 'Ауданның орысша атауы.',
    'districts.name_en': 'Ауданның ағылшынша атауы.',
    'districts.kato': 'Ауданның KATO коды.',

    'departments.id': KK_SHARED.id,
    'departments.region_id': KK_SHARED.region,
    'departments.source_id': KK_SHARED.source,
    'departments.notes': KK_SHARED.note,
    'departments.name_kk': 'Басқарманың қазақша атауы.',
    'departments.name_ru': 'Басқарманың орысша атауы.',
    'departments.name_en': 'Басқарманың ағылшынша атауы.',
    'departments.names_translated':
      'Орысша және ағылшынша атаулары ресми атау емес, біз жасаған аударма болса, `true`.',
    'departments.kind': 'Басқарма немесе өзге мемлекеттік мекеме.',

    'digitization.id': KK_SHARED.id,
    'digitization.region_id': KK_SHARED.region,
    'digitization.source_id': KK_SHARED.source,
    'digitization.note': KK_SHARED.note,
    'digitization.department_id': 'Басқарма: departments.csv файлындағы `id`.',
    'digitization.date': 'Сандар қай кезге қатысты, дереккөздегідей дәлдікпен.',
    'digitization.services_total': 'Басқарма көрсететін мемлекеттік қызмет түрлерінің саны.',
    'digitization.services_digital': 'Олардың ішінде электрондық форматқа көшірілген түрлерінің саны.',
    'digitization.services_not_digital': 'Олардың ішінде әлі тек қағаз түрінде көрсетілетін түрлерінің саны.',
    'digitization.status':
      'Дереккөз не дейді: сандарды береді, тек артта қалғанын айтады немесе өлшеуге келетін ештеңе бермейді.',

    'services.id': KK_SHARED.id,
    'services.region_id': KK_SHARED.region,
    'services.source_id': KK_SHARED.source,
    'services.note': KK_SHARED.note,
    'services.department_id': 'Қызметті көрсететін басқарма.',
    'services.date': 'Жай-күйі қай кезге қатысты.',
    'services.name_kk': 'Қызметтің қазақша атауы.',
    'services.name_ru': 'Қызметтің орысша атауы.',
    'services.name_en': 'Қызметтің ағылшынша атауы.',
    'services.names_translated': 'Атаулардың кейбірі біз жасаған аударма болса, `true`.',
    'services.status': 'Қызмет электрондық форматта қолжетімді болды ма.',

    'indicators.id': KK_SHARED.id,
    'indicators.unit': 'Осы көрсеткіштің барлық мәндерінің өлшем бірлігі.',
    'indicators.name_kk': 'Көрсеткіштің қазақша атауы.',
    'indicators.name_ru': 'Көрсеткіштің орысша атауы.',
    'indicators.name_en': 'Көрсеткіштің ағылшынша атауы.',
    'indicators.definition_kk': 'Нақты не саналатыны, қазақша.',
    'indicators.definition_ru': 'Нақты не саналатыны, орысша.',
    'indicators.definition_en': 'Нақты не саналатыны, ағылшынша.',
    'indicators.role':
      'Әңгіме көрсеткішті не үшін пайдаланады (бар болса; әр рөлге бір көрсеткіштен артық емес).',

    'indicator-values.id': KK_SHARED.id,
    'indicator-values.region_id': KK_SHARED.region,
    'indicator-values.source_id': KK_SHARED.source,
    'indicator-values.note': KK_SHARED.note,
    'indicator-values.indicator_id': 'Көрсеткіш: indicators.csv файлындағы `id`.',
    'indicator-values.date': 'Мән қай кезге қатысты, дереккөздегідей дәлдікпен, немесе `not-reported`.',
    'indicator-values.value': 'Мәні, өз көрсеткішінің өлшем бірлігімен (пайыз: 0-ден 100-ге дейін).',

    'villages.id': KK_SHARED.id,
    'villages.region_id': KK_SHARED.region,
    'villages.note': KK_SHARED.note,
    'villages.district_id': 'Аудан: districts.csv файлындағы `id`.',
    'villages.name_kk': 'Ауылдың қазақша атауы.',
    'villages.name_ru': 'Ауылдың орысша атауы.',
    'villages.name_en': 'Ауылдың ағылшынша атауы.',
    'villages.name_en_romanized': 'Ағылшынша атауы біз жасаған транслитерация болса, `true`.',
    'villages.lat':
      'Солтүстік ендік, градуспен (WGS 84), ондық бөлшек нүктемен бөлінеді. Орны ешбір жазбада табылмаған елді мекен үшін `lon` екеуі де бос қалады.',
    'villages.lon':
      'Шығыс бойлық, градуспен (WGS 84), ондық бөлшек нүктемен бөлінеді. Орны ешбір жазбада табылмаған елді мекен үшін `lat` екеуі де бос қалады.',
    'villages.coordinate_source_id':
      'Координаталар алынған (координатасы жоқ елді мекен үшін — ізделген) дереккөз: sources.csv файлындағы `id`.',
    'villages.coordinate_note':
      'Сол дереккөздің қай жазбасы, мысалы, OpenStreetMap картасындағы нүктенің нөмірі; координатасы жоқ елді мекен үшін — оның орны неге табылмағаны.',
    'villages.coordinate_url': 'Координаталар алынған жазбаның сілтемесі.',

    'village-statuses.source_id': KK_SHARED.source,
    'village-statuses.note': KK_SHARED.note,
    'village-statuses.id': 'Бірегей идентификатор, мысалы, ауылдың `id`-і және күні: `kostobe-2021-08-11`.',
    'village-statuses.village_id': 'Ауыл: villages.csv файлындағы `id`.',
    'village-statuses.status':
      'Дереккөз не хабарлайды, өз сөзімен (қосылған болса, неге қосылғаны да айтылады).',
    'village-statuses.date':
      'Жай-күйі қашан хабарланды, дереккөздегідей дәлдікпен; дереккөзде күні көрсетілмесе, `not-reported`.',
    'village-statuses.date_bound':
      'Тек `date` ұяшығында `not-reported` болғанда жазылады және сонда міндетті: күні көрсетілмеген хабардың шынайы шегі. Бір күн «одан кешіктірмей» дегенді білдіреді (мысалы, бет оқылған ай); `START/END` аралығы «START-тан ерте емес, END-тен кеш емес» дегенді білдіреді. `date` берілсе, бос қалады.',
    'village-statuses.name_in_source':
      'Елді мекеннің атауы осы дереккөзде қалай жазылса, дәл солай, егер ол villages.csv-дегі біздің оқуымыздан өзгеше болса: сақталған көшірмеде үзіліп қалған атау (`Кіші Көкд…`) немесе басқаша жазылған атау. Сонда бетте атау біздің оқуымыз екені айтылады. Дереккөзде біздің атау тұрса, бос қалады.',
    'village-statuses.note_kk':
      '`note` ескертпесі қазақ тілінде, беттің қазақша нұсқасы үшін. Әлі аударылмаса, бос қалады.',
    'village-statuses.note_ru':
      '`note` ескертпесі орыс тілінде, беттің орысша нұсқасы үшін. Әлі аударылмаса, бос қалады.',

    'source-quotes.source_id': KK_SHARED.source,
    'source-quotes.id':
      'Бірегей идентификатор, мысалы, дереккөздің `id`-і және дәйексөз нені растайтыны: `golos-naroda-17912-rural`.',
    'source-quotes.quote':
      'Дереккөз жазғандай, сөзбе-сөз, тырнақшасыз; «…» белгісі түсіп қалған сөздердің орнын білдіреді.',
    'source-quotes.language': 'Дәйексөздің тілі (дереккөздің өз тілі).',
    'source-quotes.where':
      'Дәйексөз дереккөздің қай жерінде тұр, мысалы, `headline`, `paragraph 3` (ағылшынша жазылады).',
    'source-quotes.supports':
      'Дәйексөз дәлелдейтін жолдар: indicator-values.csv, village-statuses.csv, digitization.csv немесе services.csv файлдарындағы жолдардың идентификаторлары, бос орынмен бөлінеді. Тек мәтіндегі тұжырымға қатысты болса, бос қалады.',
    'indicator-values.approximate':
      'Дереккөз мәнді шамамен немесе дөңгелек сан ретінде берсе («3 мыңға жуық», «около 22,7%»), `true`: беттерде «шамамен» деп жазылады. Бос болса, `false`.',
  },
};
