import { defineStrings } from '../define-strings.ts';

/**
 * Strings of the story and its charts (keys `story.`, `chart.`); the methodology's are in methodology.ts.
 * Figures never appear here: they arrive as {placeholders} from the model. Kazakh sentences keep a
 * placeholder where no case ending has to attach to it (the ending goes on the noun after it), so
 * any number or name reads correctly.
 */
export const story = defineStrings({
  kk: {
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
      '«Артта қалған»: дереккөз бұл басқармаларда бағдарламаның нашар орындалғанын айтады, бірақ сан келтірмейді.',
    'chart.note.translatedNames':
      'Басқармалар мен қызметтердің орысша және ағылшынша атаулары — қазақ тіліндегі атаулардың біз жасаған аудармасы, ресми атау емес.',
    'chart.timeline.title': '{region} елді мекендеріндегі интернет: әр жылдары не айтылды',
    'chart.timeline.subtitle':
      'Әр жол — жеке көрсеткіш. Жолақ санның қай кезеңге қатысты екенін көрсетеді: тұтас бір жыл немесе дереккөзде нақты күні жоқ болса, одан да ұзақ аралық.',
    'chart.timeline.note.measures':
      'Жолдар әр түрлі нәрсені өлшейді: интернеттің мүлде жоқтығын, мобильді интернеттің жоқтығын, талшықты-оптикалық желіні, 4G байланысын. Олар бір бүтіннің бөліктері емес, оларды қосуға болмайды.',
    'chart.timeline.note.spans':
      'Аралық көрсетілсе, мақаланың өзінде күні жоқ деген сөз: аралық мақаланың мазмұнына қарап, мысалы, жиынды өткізген лауазымды тұлғаның қызмет мерзімі бойынша анықталған.',
    'chart.timeline.note.undated':
      'Оң жақ бағандағы сандардың күні белгісіз, сондықтан оларды уақыт осіне орналастыру мүмкін емес.',
    'chart.timeline.note.denominators':
      'Дереккөздер облыстағы елді мекендердің санын әртүрлі көрсетеді ({totals}), сондықтан олардың сандарын тікелей салыстыруға болмайды.',
    'chart.timeline.note.overlap':
      'Бір дереккөзде тек 2G/3G байланысы бар, 4G байланысы бар және мобильді интернеті мүлде жоқ елді мекендерді қосқанда {sum} шығады, ал сол дереккөз бойынша елді мекендердің жалпы саны — {total}. Демек, топтар қиылысуы мүмкін не дереккөздегі сандардың бірі қате.',
    'chart.timeline.note.plan':
      '4G жоспарланған елді мекендер жолы — нәтиже емес, жоспар. Оның орындалған-орындалмағанын бұл дереккөздердің ешқайсысы хабарламайды.',
    'chart.literacy.title': 'Цифрлық сауаттылық: мақаладағы көрсеткіш және республикалық статистика',
    'chart.literacy.subtitle':
      '{year} жылғы мақалада {region} бойынша цифрлық сауаттылық {value} деп көрсетілген, бірақ нақты неменің өлшенгені айтылмаған. Республикалық көрсеткіштер екі жас тобы бойынша берілген.',
    'chart.literacy.caveat': 'Анықтамасы көрсетілмеген: республикалық көрсеткіштермен салыстыруға келмейді',
    'chart.literacy.note.definition':
      'Мақалада {value} көрсеткішінің нені, қай жастағыларды және қалай өлшейтіні айтылмаған. Сол жылғы ресми республикалық көрсеткіштер әлдеқайда жоғары, сондықтан бұл басқа өлшем болуы ықтимал.',
    'chart.literacy.note.regional': '{region} бойынша ресми көрсеткіш бірде-бір жылға табылған жоқ.',
    'chart.literacy.note.points':
      'Әр нүкте — жылдық мән, ол жылдың ортасында белгіленген; сызықтар бір көрсеткіштің жылдарын жалғайды.',

    'story.villages.heading': 'Интернеті жоқ ауылдар',
    'story.after.heading': '{year} жылдан кейін не өзгерді',
    'story.literacy.heading': 'Цифрлық сауаттылық',

    'chart.status.lagging': 'Артта қалды делінді; сан келтірілмеген',
    'chart.status.noFigures': 'Сан келтірілмеген баяндама',
    'chart.status.none': 'Өз қызметтері туралы сан келтірілмеген',
    'chart.departments.change': '{from} → {to} өзгерісі',
    'chart.departments.note.years':
      'Әр басқарма бойынша дереккөздер хабарлаған әр жыл көрсетілген, ең ертесі бірінші. Өзгеріс екі жылда бірдей көрсеткіш берілген жерде ғана жазылады.',
    'chart.departments.note.someTotals':
      'Үлес тек дереккөз басқарманың қызметтерінің жалпы санын берген жылдар үшін көрсетілген.',
    'story.departments.heading': 'Басқармалар бойынша электрондық форматқа көшірілген қызметтер',
    'story.dept.what.digital': 'электрондық форматқа көшірілген қызмет түрлерінің саны',
    'story.dept.what.notDigital': 'әлі қағаз түрінде көрсетілетін қызмет түрлерінің саны',
    'story.dept.what.total': 'қызмет түрлерінің жалпы саны',
    'story.dept.change.up': '{name}: {what} {fromDate} {from} еді, {toDate} {to} болды, яғни артты.',
    'story.dept.change.down': '{name}: {what} {fromDate} {from} еді, {toDate} {to} болды, яғни азайды.',
    'story.services.intro': '{date} {name} электрондық форматқа әлі көшірілмеген мына қызметтерді атады:',
    'story.villages.waiting':
      'Хабарланған күні — {date}: {village} ауылы ({district}) сол кезде әлі интернетке қосылуды күтіп отырған еді.',
    'story.literacy.caveat':
      'Бұл сан республикалық көрсеткіштерден әлдеқайда төмен. Анықтамасы белгісіз болғандықтан, ол басқа әдіспен өлшенген болуы ықтимал, бірақ облыстың шынымен артта қалғанын да жоққа шығаруға болмайды.',
    'story.villages.report': '{date} — {status}',
    'story.villages.status.no-internet': 'интернет болмаған',
    'story.villages.status.no-mobile-internet': 'мобильді интернет мүлде болмаған',
    'story.villages.status.awaiting-connection': 'интернетке қосылуды күтіп отырған',
    'story.villages.status.offices-connected-fibre':
      'мемлекеттік мекемелері талшықты-оптикалық желіге қосылған',
    'story.villages.status.connected-fibre': 'талшықты-оптикалық желі арқылы қосылған',
    'story.villages.status.connected-mobile-4g': '4G мобильді интернетке қосылған',
    'story.villages.status.slow-internet': 'тұрғындары интернетті жылдамдатуды сұраған',
    'story.villages.status.connected-mobile': 'ұялы байланыс желісіне қосылған (буыны көрсетілмеген)',
    'story.dept.change.same': '{name}: {what} өзгерген жоқ: {fromDate} — {from}, {toDate} — {to}.',
  },
  ru: {
    'chart.measure.digital': 'онлайн',
    'chart.measure.notDigital': 'на бумаге',
    'chart.measure.total': 'всего',
    'chart.status.lagging': 'Названо отстающим; цифры не приводились',
    'chart.status.counts': 'Цифры приведены',
    'chart.noShare': 'Общее число не приводилось, долю не рассчитать',
    'chart.view.label': 'Показать',
    'chart.view.counts': 'Количество',
    'chart.view.shares': 'Доли от общего числа',
    'chart.col.department': 'Управление',
    'chart.col.status': 'Статус',
    'chart.col.shareDigital': 'Доля онлайн, %',
    'chart.col.indicator': 'Показатель',
    'chart.col.value': 'Значение',
    'chart.col.percent': 'Значение, %',
    'chart.col.unit': 'Единица',
    'chart.col.date': 'Дата',
    'chart.col.source': 'Источник',
    'chart.unit.percent': 'процент',
    'chart.unit.count': 'количество',
    'chart.figure.table': 'Таблица данных',
    'chart.figure.notes': 'Примечания',
    'chart.figure.asOf': 'Данные на {date}',
    'chart.departments.title': 'Что сообщили управления, {date}',
    'chart.departments.subtitle':
      'Виды государственных услуг онлайн и в бумажном виде по управлениям акимата области ({region}). Если цифра не называлась, так и написано: «данные не приводились».',
    'chart.departments.note.missing':
      '«Данные не приводились» означает, что в источнике этой цифры нет; это не ноль.',
    'chart.departments.note.noTotals':
      'Ни для одного управления не названо общее число услуг, поэтому долю услуг онлайн рассчитать нельзя.',
    'chart.departments.note.lagging':
      '«Отстающие»: по словам источника, программа в этих управлениях выполнялась плохо, но цифр он не приводит.',
    'chart.note.translatedNames':
      'Русские названия управлений и услуг — наш перевод с казахского, а не официальные названия.',
    'chart.timeline.title': 'Интернет в населённых пунктах: {region}, что сообщалось в разные годы',
    'chart.timeline.subtitle':
      'Каждая строка — отдельный показатель. Полоса охватывает период, к которому относится цифра: целый год или более длинный отрезок, если точной даты в источнике нет.',
    'chart.timeline.note.measures':
      'Строки измеряют разное: отсутствие интернета вообще, отсутствие мобильного интернета, оптоволокно, покрытие 4G. Это не части одного целого, и складывать их нельзя.',
    'chart.timeline.note.spans':
      'Отрезок вместо даты означает, что в самой статье даты нет: период восстановлен по контексту, например по срокам полномочий должностного лица, которое проводило совещание.',
    'chart.timeline.note.undated':
      'Цифры в правой колонке не датированы, поэтому их нельзя поместить на шкалу времени.',
    'chart.timeline.note.denominators':
      'Источники называют разное число населённых пунктов области ({totals}), поэтому их цифры нельзя сравнивать напрямую.',
    'chart.timeline.note.overlap':
      'В одном источнике населённые пункты только с 2G/3G, с 4G и совсем без мобильного интернета в сумме дают {sum}, а всего населённых пунктов по тому же источнику — {total}. Значит, группы могут пересекаться, или одна из цифр источника ошибочна.',
    'chart.timeline.note.plan':
      'Строка о населённых пунктах, где планируется 4G, — это план, а не результат; выполнен ли он, ни один из этих источников не сообщает.',
    'chart.literacy.title': 'Цифровая грамотность: цифра из статьи и общенациональная статистика',
    'chart.literacy.subtitle':
      'Статья {year} года называет для региона ({region}) цифровую грамотность {value}, не уточняя, что именно измерялось. Общенациональные данные приведены для двух возрастных групп.',
    'chart.literacy.caveat': 'Определение не указано: несопоставимо с общенациональными данными',
    'chart.literacy.note.definition':
      'В статье не сказано, что именно измеряет показатель {value}, для какого возраста и каким способом. Официальные общенациональные цифры за тот же год намного выше, так что это, вероятно, другой показатель.',
    'chart.literacy.note.regional':
      'Официальных данных по самой области ({region}) не найдено ни за один год.',
    'chart.literacy.note.points':
      'Каждая точка — годовое значение, отмеченное в середине года; линии соединяют годы одного показателя.',

    'story.villages.heading': 'Сёла без интернета',
    'story.villages.waiting': '{village} ({district}): на {date} село всё ещё ждало подключения к интернету.',
    'story.after.heading': 'Что изменилось после {year} года',
    'story.literacy.heading': 'Цифровая грамотность',

    'chart.status.noFigures': 'Отчёт без цифр',
    'chart.status.none': 'Цифр о собственных услугах не приводилось',
    'chart.departments.change': 'Изменение {from} → {to}',
    'chart.departments.note.years':
      'Для каждого управления показан каждый год, о котором сообщали источники, начиная с самого раннего. Изменение указано, только если за два года приведена одна и та же цифра.',
    'chart.departments.note.someTotals':
      'Доли показаны только за те годы, для которых источник назвал общее число услуг управления.',
    'story.departments.heading': 'Услуги в электронном формате: по управлениям',
    'story.dept.what.digital': 'число видов услуг в электронном формате',
    'story.dept.what.notDigital': 'число видов услуг в бумажном виде',
    'story.dept.what.total': 'общее число видов услуг',
    'story.dept.change.up': '{name}: {what} выросло с {from} ({fromDate}) до {to} ({toDate}).',
    'story.dept.change.down': '{name}: {what} сократилось с {from} ({fromDate}) до {to} ({toDate}).',
    'story.services.intro':
      'В {date} {name} назвало услуги, которые ещё не были переведены в электронный формат:',
    'story.literacy.caveat':
      'Она намного ниже любой общенациональной цифры. Определение неизвестно, поэтому это может быть другой показатель, но реального отставания области исключить нельзя.',
    'story.villages.report': '{date} — {status}',
    'story.villages.status.no-internet': 'интернета не было',
    'story.villages.status.no-mobile-internet': 'мобильного интернета не было совсем',
    'story.villages.status.awaiting-connection': 'ждало подключения к интернету',
    'story.villages.status.offices-connected-fibre':
      'госучреждения были подключены к волоконно-оптической линии',
    'story.villages.status.connected-fibre': 'было подключено по волоконно-оптической линии',
    'story.villages.status.connected-mobile-4g': 'было подключено к мобильному интернету 4G',
    'story.villages.status.slow-internet': 'жители просили ускорить интернет',
    'story.villages.status.connected-mobile': 'было подключено к мобильной сети (поколение не указано)',
    'story.dept.change.same': '{name}: {what} не изменилось: {from} ({fromDate}) и {to} ({toDate}).',
  },
  en: {
    'chart.measure.digital': 'online',
    'chart.measure.notDigital': 'on paper',
    'chart.measure.total': 'total',
    'chart.status.lagging': 'Said to be lagging; no figures given',
    'chart.status.counts': 'Figures reported',
    'chart.noShare': 'Total not reported, so no share',
    'chart.view.label': 'Show',
    'chart.view.counts': 'Counts',
    'chart.view.shares': 'Shares of total',
    'chart.col.department': 'Department',
    'chart.col.status': 'Status',
    'chart.col.shareDigital': 'Share online, %',
    'chart.col.indicator': 'Measure',
    'chart.col.value': 'Value',
    'chart.col.percent': 'Value, %',
    'chart.col.unit': 'Unit',
    'chart.col.date': 'Date',
    'chart.col.source': 'Source',
    'chart.unit.percent': 'percent',
    'chart.unit.count': 'count',
    'chart.figure.table': 'Data table',
    'chart.figure.notes': 'Notes',
    'chart.figure.asOf': 'Data as of {date}',
    'chart.departments.title': 'What each department reported, {date}',
    'chart.departments.subtitle':
      'Kinds of public service online and on paper in each department of the regional akimat ({region}). Where no figure was given, the chart says “not reported”.',
    'chart.departments.note.missing':
      '“Not reported” means the source gives no figure; it does not mean zero.',
    'chart.departments.note.noTotals':
      'No department’s total number of services was given, so no share of services online can be calculated.',
    'chart.departments.note.lagging':
      '“Lagging”: the source says the programme was going poorly in these departments, but gives no figures.',
    'chart.note.translatedNames':
      'English names of departments and services are our translations from Kazakh, not official names.',
    'chart.timeline.title': 'Internet in the settlements of {region}, as reported over the years',
    'chart.timeline.subtitle':
      'Each row is a separate measure. A bar spans the time a figure applies to: a whole year, or a longer range where the source has no exact date.',
    'chart.timeline.note.measures':
      'The rows measure different things: no internet at all, no mobile internet, fibre, 4G coverage. They are not parts of one whole and must not be added up.',
    'chart.timeline.note.spans':
      'A range instead of a date means the article itself is undated: the range comes from its context, such as the term in office of the official who chaired the meeting.',
    'chart.timeline.note.undated':
      'Figures in the right-hand column have no known date, so they cannot be placed on the time axis.',
    'chart.timeline.note.denominators':
      'The sources count different numbers of settlements in the region ({totals}), so their figures are not directly comparable.',
    'chart.timeline.note.overlap':
      'In one source, settlements with 2G/3G only, with 4G and with no mobile internet at all add up to {sum}, while the same source counts {total} settlements in all: the groups may overlap, or one of the source’s figures is wrong.',
    'chart.timeline.note.plan':
      'The row of settlements planned to get 4G is a plan, not a result; none of these sources says whether it was met.',
    'chart.literacy.title': 'Digital literacy: the article’s figure and the national statistics',
    'chart.literacy.subtitle':
      'The {year} article put digital literacy in {region} at {value} without saying what was measured. The national figures cover two age groups.',
    'chart.literacy.caveat': 'Definition not given: not comparable with the national figures',
    'chart.literacy.note.definition':
      'The article does not say what its {value} measures, for which ages, or how. The official national figures for the same year are far higher, so it is probably a different measure.',
    'chart.literacy.note.regional': 'No official figure for {region} itself was found for any year.',
    'chart.literacy.note.points':
      'Each point is a yearly figure, drawn in the middle of its year; lines join the years of one measure.',

    'story.villages.heading': 'Villages without internet',
    'story.villages.waiting':
      'As of {date}, {village} ({district}) was still waiting to be connected to the internet.',
    'story.after.heading': 'What has changed since {year}',
    'story.literacy.heading': 'Digital literacy',

    'chart.status.noFigures': 'Reported without figures',
    'chart.status.none': 'No figures on its own services',
    'chart.departments.change': 'Change {from} → {to}',
    'chart.departments.note.years':
      'Each department shows every year a source reported on it, oldest first. A change is written out only where two years give the same figure.',
    'chart.departments.note.someTotals':
      'Shares are shown only for the years in which a source gave the department’s total.',
    'story.departments.heading': 'Services online, department by department',
    'story.dept.what.digital': 'kinds of service online',
    'story.dept.what.notDigital': 'kinds of service still on paper',
    'story.dept.what.total': 'kinds of service in all',
    'story.dept.change.up': '{name}: {what} rose from {from} in {fromDate} to {to} in {toDate}.',
    'story.dept.change.down': '{name}: {what} fell from {from} in {fromDate} to {to} in {toDate}.',
    'story.services.intro': 'In {date}, {name} listed the services it had not yet moved online:',
    'story.literacy.caveat':
      'It is far below every national figure; with no definition it may be a different measure, but a real gap cannot be ruled out.',
    'story.villages.report': '{date}, {status}',
    'story.villages.status.no-internet': 'no internet',
    'story.villages.status.no-mobile-internet': 'no mobile internet at all',
    'story.villages.status.awaiting-connection': 'waiting to be connected',
    'story.villages.status.offices-connected-fibre': 'state offices connected by a fibre-optic line',
    'story.villages.status.connected-fibre': 'connected by a fibre-optic line',
    'story.villages.status.connected-mobile-4g': 'connected to 4G mobile internet',
    'story.villages.status.slow-internet': 'residents asked for faster internet',
    'story.villages.status.connected-mobile': 'connected to a mobile network (generation not stated)',
    'story.dept.change.same': '{name}: {what} stayed the same: {from} in {fromDate}, {to} in {toDate}.',
  },
});
