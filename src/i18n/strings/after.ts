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
  },
});
