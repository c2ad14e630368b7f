import { defineStrings } from '../define-strings.ts';

/**
 * Strings of the story's section on the years after its first report, the methodology's note on
 * the later sources, the chart `public-services-online` and the country rows of the connectivity
 * timeline (keys `after.`, `method.later.`, `chart.services.`, `chart.timeline.` additions).
 * Figures and dates arrive as {placeholders} from the model; a date placeholder is always set
 * where its own grammatical form fits ("as of …", or in brackets).
 */
export const after = defineStrings({
  kk: {
    'after.heading': '{year} жылдан кейін: не салынды, тұрғындар не деді, не жоспарланды',
    'after.standfirst':
      'Төмендегі сандардың әрқайсысының өз анықтамасы бар: оларды бір-біріне қосуға немесе бір қатарға тізуге болмайды.',
    'after.built.heading': 'Мекемелерге тартылған талшықты-оптикалық желі',
    'after.built.offices':
      '{region}: {date} жағдай бойынша {settlements} елді мекендегі мемлекеттік мекемелер — барлығы {offices} әкімдік, мектеп, емхана және басқа мекеме — талшықты-оптикалық байланыс желісіне қосылған.',
    'after.built.settlementsOnly':
      '{region}: {date} жағдай бойынша {settlements} елді мекендегі мемлекеттік мекемелер талшықты-оптикалық байланыс желісіне қосылған.',
    'after.built.notHomes':
      'Бұл — мекемелер, үйлер емес: дереккөз қанша отбасына талшықты желі жеткенін айтпайды, ал бұл сан кейін аталған «талшықты-оптикалық желісі бар елді мекендер» санымен бірдей емес.',
    'after.built.national':
      '{country} бойынша мұндай қосылым {settlements} елді мекенге жеткен ({date} жағдай бойынша).',
    'after.plan.heading': 'Жоспарлар',
    'after.plan.smartCity': 'Облыстың «ақылды қала» жол картасы ({date}) {n} негізгі жобаны қамтиды.',
    'after.plan.smartCityDone': 'Сол есепке (күні көрсетілмеген) қарағанда, олардың {done} жобасы аяқталған.',
    'after.plan.smartCityDoneDated': '{date} жағдай бойынша олардың {done} жобасы аяқталған.',
    'after.plan.smartCityPeriod': 'Келесі кезеңге ({date}) {n} негізгі жоба жоспарланған.',
    'after.plan.fixed':
      'Ел бойынша «Қолжетімді интернет» ұлттық жобасы тіркелген интернетпен қамтылған ауылдардың үлесін {from} деңгейінен {year} жылға қарай {to} деңгейіне жеткізуді көздейді.',
    'after.plan.villages':
      'Үкімет {year} жылдың соңына дейін тағы {n} ауылды жоғары жылдамдықты интернетке қосуды жоспарлап отыр.',
    'after.survey.heading': 'Тұрғындар не дейді',
    'after.survey.national':
      'Сауалнамада ({date}) {country} тұрғындарының {share} интернет сапасына көңілі толмайтынын айтқан.',
    'after.survey.previous': 'Бұған дейінгі сауалнамада ({date}) бұл үлес {share} болған.',
    'after.survey.rural': 'Ауыл тұрғындары арасында көңілі толмайтындар — {share}.',
    'after.survey.region':
      'Сауалнама есебінде ({date}) респонденттер интернет сапасына ең жиі шағымданған {n} өңір аталған, олардың қатарында {region} бар, бірақ облыстың өз көрсеткіші берілмеген.',
    'after.unknown.heading': 'Әлі белгісіз',
    'after.unknown.villages2018':
      '{year} жылы интернеті жоқ деп аталған {n} ауылдың атауы ешқашан жарияланған жоқ, сондықтан олардың кейін желіге қосылған-қосылмағанын ешбір дереккөз айта алмайды.',
    'after.unknown.villagesLater':
      'Мобильді интернетпен мүлде қамтылмаған {total} елді мекеннің ({date}) ішінде {unknown} елді мекеннің атауы әлі белгісіз.',
    'after.unknown.targets':
      '{years} жылға қойылған мақсаттардың орындалғаны не орындалмағаны туралы біздің деректерде әзірге ешбір дереккөз хабарламайды.',
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
  },
  ru: {
    'after.heading': 'После {year} года: что построили, что говорят жители, что запланировали',
    'after.standfirst':
      'У каждой цифры ниже своё определение: их нельзя складывать друг с другом или выстраивать в один ряд.',
    'after.built.heading': 'Оптика к госучреждениям',
    'after.built.offices':
      '{region}: по данным на {date}, к волоконно-оптическим линиям связи подключены государственные учреждения в {settlements} населённых пунктах — акиматы, школы, поликлиники и другие, всего учреждений: {offices}.',
    'after.built.settlementsOnly':
      '{region}: по данным на {date}, к волоконно-оптическим линиям связи подключены государственные учреждения в {settlements} населённых пунктах.',
    'after.built.notHomes':
      'Речь об учреждениях, а не о домах: сколько семей получили оптику, источник не сообщает, и это не то же самое, что названное позже число населённых пунктов с волоконно-оптической линией.',
    'after.built.national':
      '{country} в целом: по данным на {date}, так же подключены учреждения в {settlements} населённых пунктах.',
    'after.plan.heading': 'Планы',
    'after.plan.smartCity': 'Дорожная карта «умного города» области ({date}) включает основные проекты: {n}.',
    'after.plan.smartCityDone': 'По тому же отчёту (без даты), завершены из них: {done}.',
    'after.plan.smartCityDoneDated': 'По данным на {date}, завершены из них: {done}.',
    'after.plan.smartCityPeriod': 'На следующий период ({date}) запланированы основные проекты: {n}.',
    'after.plan.fixed':
      'По стране национальный проект «Доступный интернет» предусматривает к {year} году поднять долю сёл с фиксированным интернетом с {from} до {to}.',
    'after.plan.villages':
      'Правительство планирует до конца {year} года подключить к высокоскоростному интернету ещё сёла: {n}.',
    'after.survey.heading': 'Что говорят жители',
    'after.survey.national':
      '{country}: в опросе ({date}) недовольство качеством интернета выразили {share} респондентов.',
    'after.survey.previous': 'В предыдущем опросе ({date}) таких было {share}.',
    'after.survey.rural': 'Среди сельских жителей недовольных — {share}.',
    'after.survey.region':
      'Отчёт об опросе ({date}) называет регионы, где респонденты чаще всего жалуются на качество интернета, — всего их {n}, и среди них {region}; отдельной цифры по области отчёт не даёт.',
    'after.unknown.heading': 'Что пока неизвестно',
    'after.unknown.villages2018':
      'Сёла без интернета, о которых говорилось в {year} году (всего {n}), так и не были названы, поэтому ни один источник не может сказать, подключили ли их потом.',
    'after.unknown.villagesLater':
      'Из населённых пунктов, совсем не охваченных мобильным интернетом (всего {total}; {date}), до сих пор не названы {unknown}.',
    'after.unknown.targets':
      'Выполнены ли цели, поставленные на {years} год, — ни один источник в наших данных пока не сообщает.',
    'method.later.heading': 'Источники после {year} года',
    'method.later.intro':
      'Более поздние цифры взяты из новостей, которые ссылаются на чиновников, институт, проводивший опрос, и национальную статистику. Ниже указано, какие показатели даёт каждый источник; определение каждого показателя дано выше.',
    'method.later.gives': 'даёт:',
    'method.later.apart.heading': 'Почему эти цифры стоят рядом, но не складываются',
    'method.later.apart.offices':
      'Госучреждения, подключённые к оптике, — не дома; населённые пункты, где подключены учреждения, — не то же самое, что «населённые пункты с оптикой».',
    'method.later.apart.kinds':
      'Число видов услуг, доступных онлайн, — это число видов; услуги, оказанные онлайн, — число отдельных обращений. Доля первых не есть доля вторых.',
    'method.later.apart.internet':
      '«Населённые пункты с интернетом» считают любую технологию, «сёла с оптикой» — только оптику; «сёла» не включают города, «населённые пункты» включают.',
    'method.later.apart.targets':
      'Цели — план, а не результат: на диаграммах они отмечены пустым кружком и не соединяются линией с фактическими цифрами.',
    'method.later.apart.national':
      'Цифры по стране — фон: цифры области не считаются их частью, и долю области из них не выводят.',
  },
  en: {
    'after.heading': 'After {year}: what was built, what residents said, what was planned',
    'after.standfirst':
      'Each figure below has a definition of its own: they cannot be added to one another or lined up as one series.',
    'after.built.heading': 'Fibre to state offices',
    'after.built.offices':
      'As of {date}, state offices in {settlements} settlements of {region} — {offices} akimats, schools, clinics and other bodies in all — had been connected to fibre-optic lines.',
    'after.built.settlementsOnly':
      'As of {date}, state offices in {settlements} settlements of {region} had been connected to fibre-optic lines.',
    'after.built.notHomes':
      'These are offices, not homes: the source does not say how many households got fibre, and the count is not the number of settlements with a fibre-optic line reported later.',
    'after.built.national':
      'Across {country}, the same kind of connection had reached {settlements} settlements as of {date}.',
    'after.plan.heading': 'Plans',
    'after.plan.smartCity': 'The region’s smart-city road map ({date}) sets out {n} main projects.',
    'after.plan.smartCityDone': 'The same report, which carries no date, counts {done} of them completed.',
    'after.plan.smartCityDoneDated': 'As of {date}, {done} of them were reported completed.',
    'after.plan.smartCityPeriod': 'For the next period ({date}), {n} main projects are planned.',
    'after.plan.fixed':
      'Nationally, the “Accessible Internet” project aims to raise the share of villages with fixed internet from {from} to {to} by {year}.',
    'after.plan.villages':
      'The Government plans to connect {n} more villages to high-speed internet by the end of {year}.',
    'after.survey.heading': 'What residents said',
    'after.survey.national':
      'In a survey ({date}), {share} of respondents in {country} said they were dissatisfied with the quality of the internet.',
    'after.survey.previous': 'In the previous survey ({date}) the share was {share}.',
    'after.survey.rural': 'Among rural respondents, {share} were dissatisfied.',
    'after.survey.region':
      'The survey report ({date}) names {region} among the {n} regions where respondents complained most often, but gives no figure for the region itself.',
    'after.unknown.heading': 'What is still unknown',
    'after.unknown.villages2018':
      'The {n} villages without internet in {year} were never named, so no source can say whether they were connected later.',
    'after.unknown.villagesLater':
      'Of the {total} settlements with no mobile internet at all ({date}), {unknown} have not been named.',
    'after.unknown.targets':
      'Whether the targets set for {years} were met, no source in our data reports yet.',
    'method.later.heading': 'Sources after {year}',
    'method.later.intro':
      'The later figures come from news reports that quote officials, the institute that ran a survey and the national statistics. Below is what each source gives; each indicator is defined above.',
    'method.later.gives': 'gives:',
    'method.later.apart.heading': 'Why these figures stand side by side but are never added up',
    'method.later.apart.offices':
      'State offices connected to fibre are not homes, and settlements whose offices were connected are not “settlements with fibre”.',
    'method.later.apart.kinds':
      'The number of kinds of service available online counts kinds; services delivered online count individual requests. A share of the first is not a share of the second.',
    'method.later.apart.internet':
      '“Settlements with internet” count any technology, “villages with fibre” only fibre; “villages” leave out towns, “settlements” include them.',
    'method.later.apart.targets':
      'Targets are plans, not results: the charts mark them with an empty ring and never join them to actual figures with a line.',
    'method.later.apart.national':
      'National figures are a backdrop: the region’s figures are not counted as a part of them, and no regional share is derived from them.',
  },
});
