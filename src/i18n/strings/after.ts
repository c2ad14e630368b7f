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
    'chart.services.title': 'Онлайн мемлекеттік қызметтер: {country} бойынша жалпы көрініс',
    'chart.services.subtitle':
      'Әр жол — өз анықтамасы бар жеке көрсеткіш; жолдар бір шкалада салыстырылмайды және қосылмайды.',
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
  },
  ru: {
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
    'chart.services.title': 'Государственные услуги онлайн: {country} в целом',
    'chart.services.subtitle':
      'Каждая строка — отдельный показатель со своим определением; строки не сравниваются на одной шкале и не складываются.',
    'chart.services.legend.reported': 'Значение, которое сообщает источник',
    'chart.services.legend.target': 'Цель: план, а не результат',
    'chart.services.targetTip': 'Это цель, а не результат.',
    'chart.services.col.kind': 'Вид',
    'chart.services.col.definition': 'Определение',
    'chart.services.kind.reported': 'сообщённое значение',
    'chart.services.kind.target': 'цель',
    'chart.services.note.rows':
      'Число видов услуг, число оказанных услуг и доля домохозяйств — разные вещи: значение одной строки нельзя сравнивать с другой или прибавлять к ней.',
    'chart.services.note.regional':
      'Это цифры по стране; отдельных цифр о государственных услугах по региону «{region}» после 2018 года не найдено.',
    'chart.services.note.targets':
      'Пустой кружок — цель. Пока источник не сообщил о её выполнении, она не считается выполненной.',
    'chart.timeline.col.area': 'Территория',
    'chart.timeline.note.offices':
      '«Населённые пункты, где госучреждения подключены к оптике» считают учреждения — акиматы, школы, поликлиники; это не подключение домов и не «населённые пункты с оптикой».',
    'chart.timeline.note.national':
      'Строки «{country}» — фон: строки «{region}» нельзя читать как их часть, а «сёла» и «населённые пункты» — разные подсчёты.',
  },
  en: {
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
    'chart.services.title': 'Public services online across {country}: the national picture',
    'chart.services.subtitle':
      'Each row is a separate indicator with its own definition; rows share no value scale and are not added up.',
    'chart.services.legend.reported': 'Value a source reports',
    'chart.services.legend.target': 'Target: a plan, not a result',
    'chart.services.targetTip': 'This is a target, not a result.',
    'chart.services.col.kind': 'Kind',
    'chart.services.col.definition': 'Definition',
    'chart.services.kind.reported': 'reported value',
    'chart.services.kind.target': 'target',
    'chart.services.note.rows':
      'Kinds of service, services delivered and shares of households are different things: the value in one row cannot be compared with or added to another.',
    'chart.services.note.regional':
      'These are national figures; no figures on public services for {region} itself were found after 2018.',
    'chart.services.note.targets':
      'An empty ring is a target. Until a source reports the outcome, it is not counted as met.',
    'chart.timeline.col.area': 'Area',
    'chart.timeline.note.offices':
      '“Settlements whose state offices were connected to fibre” count offices such as akimats, schools and clinics; this is not homes being connected, nor “settlements with a fibre-optic line”.',
    'chart.timeline.note.national':
      'The rows for {country} are a backdrop; the rows for {region} are not a part of them, and “villages” and “settlements” are different counts.',
  },
});
