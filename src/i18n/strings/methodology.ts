import { defineStrings } from '../define-strings.ts';

/**
 * Strings of the methodology page (keys `method.`). Terms name the chart's own labels through
 * `{label}`, and the literacy gap quotes the story's caveat through `{caveat}`, so the page, the
 * story and the charts cannot say one thing two ways.
 */
export const methodology = defineStrings({
  kk: {
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
  },
  ru: {
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
    'method.data.heading': 'Данные',
    'method.data.text':
      'Все цифры хранятся как открытые данные в CSV-файлах, у каждой строки указан источник. Ссылки для скачивания — на странице данных.',
  },
  en: {
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
    'method.data.heading': 'The data',
    'method.data.text':
      'Every figure is kept as open data in CSV files, each row with its source. Download links are on the data page.',
  },
});
