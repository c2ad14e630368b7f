import { defineStrings } from '../define-strings.ts';

/**
 * Strings of the methodology page (keys `method.`). Terms name the chart's own labels through
 * `{label}`, and the literacy gap quotes the story's caveat through `{caveat}`, so the page, the
 * story and the charts cannot say one thing two ways.
 */
export const methodology = defineStrings({
  kk: {
    'method.title': 'Әдістеме: дереккөздер, анықтамалар және олқылықтар',
    'method.description':
      'Сайттағы әр сан қайдан алынғаны, әр көрсеткіштің анықтамасы және дереккөздерде жоқ мәліметтер.',
    'method.intro':
      'Бұл бетте сайттағы әр санның қайдан алынғаны, әр көрсеткіштің нені білдіретіні және дереккөздерде не жоқ екені жазылған. Деректердің өзі ашық: олар жобаның data/ қалтасындағы CSV файлдарында сақталған, әр жолда дереккөзі көрсетілген.',
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
    'method.gaps.heading': 'Белгілі олқылықтар',
    'method.gap.villages2018':
      '{year} жылғы интернеті жоқ {n} ауылдың атаулары мақалада берілмеген, басқа дереккөздерден де табылмады. Картадағы бірде-бір ауылдың солардың қатарында болғаны белгілі емес.',
    'method.gap.unknownVillages':
      'Кейінгі мақалада мобильді интернеті мүлде жоқ деп көрсетілген {total} елді мекеннің {named} елді мекенінің атауы берілген, біз оларды картаға түсірдік. Мақаланың сақталған көшірмесі үзіліп қалғандықтан, қалған {unknown} елді мекенді анықтау мүмкін болмады.',
    'method.gap.literacy':
      '{year} жылғы мақалада келтірілген цифрлық сауаттылық көрсеткішінің ({value}) нені өлшейтіні айтылмаған: анықтамасы да, жас тобы да, әдісі де берілмеген. Мақала бұл санды кемшілік ретінде келтіреді («ғана»). Баспасөз жариялаған сол жылғы ресми республикалық көрсеткіштер жас тобына қарай {low} және {high}. {caveat} Облыстың өзі бойынша ресми көрсеткіш бірде-бір жылға табылмады.',
    'method.gap.totals':
      'Мақалада бірде-бір басқарма көрсететін қызметтердің жалпы саны келтірілмеген. Сондықтан электрондық форматқа көшірілген қызметтердің үлесін есептеу де, {total} қызмет түрін басқармаларға бөлу де мүмкін емес.',
    'method.gap.undated':
      'Кейбір сандардың күні көрсетілмеген: оларды уақыт осіне орналастыру мүмкін емес, сондықтан диаграммада бөлек берілген.',
    'method.gap.measures':
      '«Интернеті жоқ» ({year}), «мобильді интернеті мүлде жоқ» және «жоғары жылдамдықты интернет» деген көрсеткіштер әртүрлі нәрсені өлшейді. Кейінгі дереккөздердің ешқайсысы {year} жылғы ауылдардың интернетке қосылған-қосылмағанын айтпайды.',
    'method.gap.range':
      'Кейбір дереккөздерде жарияланған күні жазылмаған. Олардың күні мазмұнына қарап, мысалы, жиынды өткізген лауазымды тұлғаның қызмет мерзімі бойынша шамамен анықталып, аралық түрінде берілген.',
    'method.gap.noUrl':
      'Жариялаушысы да, сілтемесі де сақталмаған, тек атауы бойынша келтірілетін дереккөз: {title}.',
    'method.translations':
      'Басқармалар мен қызметтердің орысша және ағылшынша атаулары — қазақ тіліндегі атаулардың біз жасаған аудармасы, тексерілген ресми атаулар емес. Ауылдардың ағылшынша атаулары — біздің транслитерациямыз.',
    'method.data.heading': 'Деректер',
    'method.data.text':
      'Барлық сандар ашық деректер ретінде CSV файлдарында сақталған, әр жолда дереккөзі көрсетілген. Жүктеп алуға арналған сілтемелер деректер бетінде берілген.',
  },
  ru: {
    'method.title': 'Методология: источники, определения и пробелы',
    'method.description':
      'Откуда взята каждая цифра сайта, что означает каждый показатель и чего в источниках нет.',
    'method.intro':
      'На этой странице рассказано, откуда взята каждая цифра сайта, что означает каждый показатель и чего в источниках нет. Сами данные открыты: это CSV-файлы в папке data/ проекта, у каждой строки указан источник.',
    'method.sources.intro':
      'Все публикации и наборы данных, которые использует сайт. Заголовок приводится на языке оригинала; если он не на русском, рядом в квадратных скобках дан перевод. Если ссылка не сохранилась, источник приводится по названию.',
    'method.source.publisher': 'Издатель',
    'method.source.published': 'Опубликовано',
    'method.source.language': 'Язык',
    'method.source.url': 'Ссылка',
    'method.source.notPreserved': 'не сохранилась',
    'method.source.publisherNotPreserved': 'не сохранился',
    'method.source.notes': 'Примечание',
    'method.source.quotes': 'Слова источника ({n})',
    'method.lang.kk': 'казахский',
    'method.lang.ru': 'русский',
    'method.lang.en': 'английский',
    'method.definitions.heading': 'Показатели и их определения',
    'method.definitions.intro':
      'У каждого показателя ниже своё определение. Даже показатели с похожими названиями измеряют разное.',
    'method.definitions.unit': 'Единица',
    'method.terms.heading': 'Что означают цифры по управлениям',
    'method.term.digital':
      '«{label}»: виды услуг, которые, по словам источника, управление перевело в электронный формат.',
    'method.term.notDigital': '«{label}»: виды услуг, которые всё ещё оказываются только в бумажном виде.',
    'method.term.total': '«{label}»: общее число видов услуг, которые оказывает управление.',
    'method.term.lagging':
      '«{label}»: источник говорит, что программа в управлении выполняется неудовлетворительно, но цифр не приводит.',
    'method.term.noFigures':
      '«{label}»: управление выступило с отчётом, но не назвало ни одной цифры, а источник не дал ему оценки.',
    'method.term.notReported':
      '«Данные не приводились»: в источнике этой цифры нет. Она никогда не показывается как ноль: ноль означал бы утверждение, что ничего не сделано.',
    'method.term.dates':
      'Даты даны с той же точностью, что и в источнике: год, месяц или день. Если в источнике даты нет и её можно лишь оценить по содержанию, указан отрезок.',
    'method.gaps.heading': 'Известные пробелы',
    'method.gap.villages2018':
      'Названия {n} сёл без интернета {year} года в статье не приводятся, и в других источниках их найти не удалось. Ни про одно село на нашей карте не известно, входит ли оно в их число.',
    'method.gap.unknownVillages':
      'В более поздней статье упомянуты населённые пункты совсем без мобильного интернета, всего {total}; известны названия {named} из них, они нанесены на карту. Сохранившаяся копия статьи обрывается, поэтому установить остальные ({unknown}) не удалось.',
    'method.gap.literacy':
      'Что измеряет показатель цифровой грамотности {value} из статьи {year} года, не сказано: нет ни определения, ни возрастной группы, ни методики. Статья подаёт эту цифру как недостаточную («всего лишь»). Официальные общенациональные цифры за {year} год, которые приводила пресса, — {low} и {high} в зависимости от возрастной группы. {caveat} Официальной цифры по самой области не найдено ни за один год.',
    'method.gap.totals':
      'В статье ни для одного управления не приводится общее число услуг. Поэтому нельзя рассчитать долю услуг, переведённых в электронный формат, и нельзя разделить {total} видов услуг по управлениям.',
    'method.gap.undated':
      'У части цифр нет даты: их нельзя поместить на шкалу времени, поэтому на диаграмме они показаны отдельно.',
    'method.gap.measures':
      '«Нет интернета» ({year}), «нет мобильного интернета вовсе» и «высокоскоростной интернет» — разные показатели. Ни один из более поздних источников не говорит, подключили ли сёла {year} года.',
    'method.gap.range':
      'В некоторых источниках дата публикации не указана. Такие даты оценены по содержанию, например по срокам полномочий должностного лица, которое вело совещание, и приводятся как отрезки.',
    'method.gap.noUrl': 'Издатель и ссылка не сохранились, источник приводится только по названию: {title}.',
    'method.translations':
      'Русские и английские названия управлений и услуг — наш перевод с казахского, а не проверенные официальные названия. Английские названия сёл — наша транслитерация.',
    'method.data.heading': 'Данные',
    'method.data.text':
      'Все цифры хранятся как открытые данные в CSV-файлах, у каждой строки указан источник. Ссылки для скачивания — на странице данных.',
  },
  en: {
    'method.title': 'Methodology: sources, definitions and gaps',
    'method.description':
      'Where every figure on the site comes from, what each measure means, and what the sources leave out.',
    'method.intro':
      'This page sets out where every figure on the site comes from, what each measure means, and what the sources leave out. The data itself is open: CSV files in the project’s data/ folder, each row with its source.',
    'method.sources.intro':
      'Every publication and dataset the site uses. Titles are given as published; a title in another language has a translation beside it in square brackets. A source whose web address was not preserved is cited by its title.',
    'method.source.publisher': 'Publisher',
    'method.source.published': 'Published',
    'method.source.language': 'Language',
    'method.source.url': 'Address',
    'method.source.notPreserved': 'not preserved',
    'method.source.publisherNotPreserved': 'not preserved',
    'method.source.notes': 'Note',
    'method.source.quotes': 'In the source’s own words ({n})',
    'method.lang.kk': 'Kazakh',
    'method.lang.ru': 'Russian',
    'method.lang.en': 'English',
    'method.definitions.heading': 'Measures and their definitions',
    'method.definitions.intro':
      'Each measure below is a definition of its own. Two measures with similar names still count different things.',
    'method.definitions.unit': 'Unit',
    'method.terms.heading': 'What the department figures mean',
    'method.term.digital':
      '“{label}”: kinds of service a department has moved to electronic form, as the source states.',
    'method.term.notDigital': '“{label}”: kinds of service still provided only on paper.',
    'method.term.total': '“{label}”: all kinds of service the department provides.',
    'method.term.lagging':
      '“{label}”: the source says the programme was going unsatisfactorily in the department, without giving figures.',
    'method.term.noFigures':
      '“{label}”: the department reported but gave no figure, and the source gave it no verdict.',
    'method.term.notReported':
      '“Not reported”: the source gives no figure. It is never shown as zero, because zero would be a claim that nothing was done.',
    'method.term.dates':
      'Dates are as precise as their source: a year, a month or a day. Where the source carries no date and only its content narrows it down, a range is given.',
    'method.gaps.heading': 'Known gaps',
    'method.gap.villages2018':
      'The {n} villages without internet in {year} are not named in the article, and no list was found elsewhere. None of the villages on our map is known to be one of them.',
    'method.gap.unknownVillages':
      'Of the {total} settlements the later article reports with no mobile internet at all, {named} are named, and we mapped them. The stored copy of the article breaks off, and the other {unknown} could not be identified.',
    'method.gap.literacy':
      'What the {value} digital literacy of {year} measures is not stated: no definition, no age group, no method. The article presents it as a shortfall (“only”). Official national figures for {year}, as the press reported them, are {low} and {high}, depending on the age group. {caveat} No official figure for the region itself was found for any year.',
    'method.gap.totals':
      'The article gives no department’s total number of services, so no share of services moved online can be calculated, and the {total} kinds of service cannot be split by department.',
    'method.gap.undated':
      'Some figures carry no date: they cannot be placed on a time axis and are shown apart in the chart.',
    'method.gap.measures':
      '“No internet” ({year}), “no mobile internet at all” and “high-speed internet” are different measures, and no later source says whether the villages of {year} were connected.',
    'method.gap.range':
      'Some sources carry no publication date: their dates are ranges inferred from the content, for example from the term in office of the official who chaired a meeting.',
    'method.gap.noUrl': 'Publisher and web address not preserved; cited by its title only: {title}.',
    'method.translations':
      'The Russian and English names of departments and services are our translations from Kazakh, not verified official names. English village names are our romanizations.',
    'method.data.heading': 'The data',
    'method.data.text':
      'Every figure is kept as open data in CSV files, each row with its source. Download links are on the data page.',
  },
});
