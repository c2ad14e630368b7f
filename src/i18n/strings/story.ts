import { defineStrings } from '../define-strings.ts';

/**
 * Strings of the story and its charts (keys `story.`, `chart.`); the methodology's are in methodology.ts.
 * Figures never appear here: they arrive as {placeholders} from the model. Kazakh sentences keep a
 * placeholder where no case ending has to attach to it (the ending goes on the noun after it), so
 * any number or name reads correctly.
 */
export const story = defineStrings({
  kk: {
    'story.title': '{region} және «Цифрлық Қазақстан»: {year} жылы не айтылды, кейін не өзгерді',
    'story.description':
      '{year} жылы {region} әкімдігі «Цифрлық Қазақстан» бағдарламасы туралы не хабарлады, не айтылмай қалды және кейін қандай сандар жарияланды — әрқайсысы дереккөзімен.',
    'story.standfirst':
      '{year} жылы облыс әкімдігінде өткен жиында «Цифрлық Қазақстан» мемлекеттік бағдарламасының өңірде қалай орындалып жатқаны талқыланды. Мемлекеттік қызметтердің көпшілігі әлі де қағаз түрінде көрсетіліп келген, кейбір ауылдарда интернет мүлде болмаған. Төменде — сонда не айтылғаны, ненің айтылмай қалғаны және кейінгі дереккөздердің не дейтіні.',
    'story.figure.servicesNote': 'Көпшілігі әлі де қағаз түрінде; қаншасының онлайн екені айтылмаған.',
    'story.figure.villagesNote': 'Ауылдар аталмаған.',
    'story.figure.literacyNote':
      'Бұл санның нені өлшейтіні айтылмаған. {year} жылғы ресми республикалық статистика жас тобына қарай {low} және {high} деп көрсетеді.',
    'story.services.unnamed': 'тағы {n} қызмет түрі дереккөзде аталмаған',
    'story.villages.heading': 'Интернеті жоқ ауылдар',
    'story.villages.unknown2018':
      '{year} жылғы {n} ауылдың кейін интернетке қосылған-қосылмағанын кейінгі дереккөздердің ешқайсысы хабарламайды.',
    'story.after.heading': '{year} жылдан кейін не өзгерді',
    'story.after.intro':
      'Кейінгі есептер басқа анықтамаларға сүйенеді: мобильді интернет, талшықты-оптикалық желі, 4G байланысы. Сондықтан оларды {year} жылғы {n} ауылмен салыстырып, ілгерілеу деп бағалауға болмайды. Диаграммада біз тапқан әр сан өзі қатысты кезеңімен бірге көрсетілген.',
    'story.after.undated': 'Кейбір кейінгі сандардың күні мүлде көрсетілмеген ({publisher}): {list}.',
    'story.literacy.heading': 'Цифрлық сауаттылық',
    'story.literacy.text':
      'Мақалада өңірдегі цифрлық сауаттылық {value} деп көрсетілген, бірақ оның нені, кімдер арасында өлшегені айтылмаған. Сол жылғы ресми республикалық көрсеткіштер жас тобына қарай {low} және {high} болды, кейін де өсе берді: табылған ең соңғы мән — {latest} ({latestDate}).',
    'story.more.heading': 'Деректер қайдан алынды',
    'story.more.text':
      'Беттегі әр сан төмендегі дереккөзге сілтеме жасайды. Барлық дереккөздер, анықтамалар және деректердегі белгілі олқылықтар әдістеме бетінде жинақталған.',
    'story.more.link': 'Әдістеме',

    'story.departments.heading': 'Басқармалар бойынша электрондық форматқа көшірілген қызметтер',
    'story.departments.intro':
      '{year} жылғы жиында облыста тұрғындарға көрсетілетін {total} мемлекеттік қызмет түрінің көпшілігі әлі де қағаз түрінде ұсынылып келгені айтылды. Мақалада олардың қаншасының электрондық форматқа көшірілгені де, үлесі де айтылмаған.',
    'story.dept.year.heading': '{year} жылғы деректер',
    'story.dept.digitalOnly':
      '{name}: {n} қызмет түрі ғана электрондық форматқа көшірілген еді; басқарма көрсететін қызметтердің жалпы саны айтылмаған.',
    'story.dept.notDigitalOnly':
      '{name}: {n} қызмет түрі әлі электрондық форматқа көшірілмеген еді; жалпы саны айтылмаған.',
    'story.dept.parts': '{name}, қызмет түрлері: {parts}.',
    'story.dept.part.digital': 'электрондық форматта — {n}',
    'story.dept.part.notDigital': 'қағаз түрінде — {n}',
    'story.dept.part.total': 'барлығы — {n}',
    'story.dept.part.share': 'электрондық форматтағы үлесі — {share}',
    'story.dept.part.missing': 'дерек берілмеген: {list}',
    'story.dept.lagging.one':
      'Бағдарламаның орындалуы көңіл көншітпейді делінген, бірақ сан келтірілмеген басқарма: {list}.',
    'story.dept.lagging.many':
      'Бағдарламаның орындалуы көңіл көншітпейді делінген, бірақ сан келтірілмеген басқармалар: {list}.',
    'story.dept.noFigures.one':
      'Бағдарламаның орындалуы туралы айтқан, бірақ сан келтірмеген басқарма: {list}.',
    'story.dept.noFigures.many':
      'Бағдарламаның орындалуы туралы айтқан, бірақ сан келтірмеген басқармалар: {list}.',
    'story.dept.noTotals':
      '{year} жыл бойынша бірде-бір басқарманың қызметтерінің жалпы саны келтірілмеген, сондықтан олардың қанша бөлігі электрондық форматқа көшкенін есептеу мүмкін емес.',
    'story.dept.later.heading': '{year} жылдан кейінгі деректер',
    'story.dept.other.heading': 'Басқа жылдардың деректері',
    'story.dept.later.intro':
      'Кейінгі деректер күні бойынша берілген, ең ертесі бірінші. Олар {year} жылы айтылғанды өзгертпейді, тек одан кейін не болғанын көрсетеді.',
    'story.dept.later.lagging':
      '{name}: бағдарламаның орындалуы көңіл көншітпейді делінген, сан келтірілмеген.',
    'story.dept.later.noFigures': '{name}: бағдарламаның орындалуы туралы айтылған, бірақ сан келтірілмеген.',
    'story.dept.changes.heading': 'Не өзгерді',
    'story.dept.what.digital': 'электрондық форматқа көшірілген қызмет түрлерінің саны',
    'story.dept.what.notDigital': 'әлі қағаз түрінде көрсетілетін қызмет түрлерінің саны',
    'story.dept.what.total': 'қызмет түрлерінің жалпы саны',
    'story.dept.change.up': '{name}: {what} {fromDate} {from} еді, {toDate} {to} болды, яғни артты.',
    'story.dept.change.down': '{name}: {what} {fromDate} {from} еді, {toDate} {to} болды, яғни азайды.',
    'story.dept.noChanges':
      'Бірде-бір басқарма бойынша екі түрлі жылға бірдей көрсеткіш берілмеген, сондықтан өзгерісті айту мүмкін емес.',
    'story.services.heading': 'Электрондық форматқа әлі көшірілмеген қызметтер',
    'story.services.intro': '{date} {name} электрондық форматқа әлі көшірілмеген мына қызметтерді атады:',
    'story.villages.waiting':
      'Хабарланған күні — {date}: {village} ауылы ({district}) сол кезде әлі интернетке қосылуды күтіп отырған еді.',
    'story.villages.mapLink': 'Атауы белгілі ауылдарды картадан қараңыз',
    'story.literacy.caveat':
      'Бұл сан республикалық көрсеткіштерден әлдеқайда төмен. Анықтамасы белгісіз болғандықтан, ол басқа әдіспен өлшенген болуы ықтимал, бірақ облыстың шынымен артта қалғанын да жоққа шығаруға болмайды.',
    'story.villages.historyHeading': 'Атауы белгілі ауылдар туралы кейін не хабарланды',
    'story.villages.history': '{village} ауылы ({district}):',
    'story.villages.report': '{date} — {status}',
    'story.villages.status.no-internet': 'интернет болмаған',
    'story.villages.status.no-mobile-internet': 'мобильді интернет мүлде болмаған',
    'story.villages.status.awaiting-connection': 'интернетке қосылуды күтіп отырған',
    'story.villages.status.offices-connected-fibre':
      'мемлекеттік мекемелері талшықты-оптикалық желіге қосылған',
    'story.villages.status.connected-fibre': 'талшықты-оптикалық желі арқылы қосылған',
    'story.villages.status.connected-mobile-4g': '4G мобильді интернетке қосылған',
    'story.villages.first': '{year} жылы облыс әкімі өңірдегі {n} ауылда интернет жоқ екенін айтты.',
    'story.villages.firstUnnamed':
      'Мақалада олардың бірде-біреуі аталмаған, интернеттің қай түрі туралы сөз болғаны да нақтыланбаған, сондықтан оларды картаға түсіру мүмкін емес.',
    'story.villages.laterDated':
      'Кейінгі бір дереккөзде ({date}) облыста барлығы {total} елді мекен бар екені, оның {none} елді мекені мобильді интернетпен мүлде қамтылмағаны айтылған.',
    'story.villages.named':
      'Солардың {named} елді мекенінің атауы белгілі, олар картада көрсетілген; қалған {unknown} елді мекен анықталмаған.',
    'story.villages.later':
      'Кейінгі бір дереккөздің күнін тек шамамен анықтауға болады: {date}. Онда облыста барлығы {total} елді мекен бар екені, оның {none} елді мекені мобильді интернетпен мүлде қамтылмағаны айтылған.',
    'story.departments.laterTotal':
      'Кейінгі дереккөзде ({date}) облыстағы мемлекеттік қызмет түрлерінің саны {total} деп көрсетілген.',
    'story.dept.change.same': '{name}: {what} өзгерген жоқ: {fromDate} — {from}, {toDate} — {to}.',
  },
  ru: {
    'story.title': '{region} и «Цифровой Казахстан»: что сообщили в {year} году и что изменилось потом',
    'story.description':
      'Что акимат области ({region}) сообщил в {year} году о программе «Цифровой Казахстан», о чём умолчал и что показывают более поздние цифры — каждая со ссылкой на источник.',
    'story.standfirst':
      'В {year} году на совещании в акимате области обсуждали, как в регионе выполняется государственная программа «Цифровой Казахстан». Большинство государственных услуг по-прежнему оказывались в бумажном виде, а в части сёл интернета не было вовсе. Ниже — что тогда прозвучало, о чём не сказали и что сообщают более поздние источники.',
    'story.figure.servicesNote':
      'Большинство из них всё ещё в бумажном виде; сколько доступно онлайн, не сообщалось.',
    'story.figure.villagesNote': 'Названия сёл не приводились.',
    'story.figure.literacyNote':
      'Что измеряет эта цифра, не сказано. Официальная общенациональная статистика за {year} год — {low} и {high}, в зависимости от возрастной группы.',
    'story.villages.heading': 'Сёла без интернета',
    'story.villages.waiting': '{village} ({district}): на {date} село всё ещё ждало подключения к интернету.',
    'story.villages.mapLink': 'Названные сёла на карте',
    'story.villages.unknown2018':
      'Подключили ли потом {n} сёл {year} года, не сообщает ни один из более поздних источников.',
    'story.after.heading': 'Что изменилось после {year} года',
    'story.after.intro':
      'Более поздние подсчёты опираются на другие определения: мобильный интернет, оптоволокно, покрытие 4G. Поэтому их нельзя считать прогрессом по сравнению с {n} сёлами {year} года. На диаграмме — каждая найденная цифра вместе с периодом, к которому она относится.',
    'story.after.undated': 'У некоторых более поздних цифр даты нет вовсе ({publisher}): {list}.',
    'story.literacy.heading': 'Цифровая грамотность',
    'story.literacy.text':
      'Статья оценивает цифровую грамотность в регионе в {value}, но не говорит, что именно и среди кого измерялось. Официальные общенациональные цифры за тот же год — {low} и {high}, в зависимости от возрастной группы, и дальше они росли: последнее найденное значение — {latest} ({latestDate}).',
    'story.more.heading': 'Откуда мы это знаем',
    'story.more.text':
      'Каждая цифра на этой странице ссылается на источник из списка ниже. Все источники, определения и известные пробелы в данных собраны на странице методологии.',
    'story.more.link': 'Методология',

    'story.departments.heading': 'Услуги в электронном формате: по управлениям',
    'story.departments.intro':
      'На совещании {year} года прозвучало, что из {total} видов государственных услуг, которые область оказывала жителям, большинство всё ещё оказывалось в бумажном виде. Ни доли, ни числа уже переведённых в электронный формат статья не приводит.',
    'story.dept.year.heading': 'Данные за {year} год',
    'story.dept.digitalOnly':
      '{name}: услуг, переведённых в электронный формат, было лишь {n}; сколько всего услуг у управления, не сказано.',
    'story.dept.notDigitalOnly':
      '{name}: услуг, ещё не переведённых в электронный формат, было {n}; общее число не названо.',
    'story.dept.parts': '{name}, виды услуг: {parts}.',
    'story.dept.part.digital': 'в электронном формате — {n}',
    'story.dept.part.notDigital': 'в бумажном виде — {n}',
    'story.dept.part.total': 'всего — {n}',
    'story.dept.part.share': 'доля в электронном формате — {share}',
    'story.dept.part.missing': 'не приводились: {list}',
    'story.dept.lagging.one': 'Отстающим, без каких-либо цифр, названо: {list}.',
    'story.dept.lagging.many': 'Отстающими, без каких-либо цифр, названы: {list}.',
    'story.dept.noFigures.one': 'О выполнении программы, без цифр, рассказало: {list}.',
    'story.dept.noFigures.many': 'О выполнении программы, без цифр, рассказали: {list}.',
    'story.dept.noTotals':
      'Общее число услуг ни одного управления за {year} год не приводится, поэтому долю переведённых в электронный формат за тот год рассчитать нельзя.',
    'story.dept.later.heading': 'Данные после {year} года',
    'story.dept.other.heading': 'Данные за другие годы',
    'story.dept.later.intro':
      'Более поздние данные — по датам, начиная с самых ранних. Они не меняют сказанного в {year} году, а показывают, что было потом.',
    'story.dept.later.lagging': '{name}: названо отстающим, цифры не приводились.',
    'story.dept.later.noFigures': '{name}: о выполнении программы рассказано без цифр.',
    'story.dept.changes.heading': 'Что изменилось',
    'story.dept.what.digital': 'число видов услуг в электронном формате',
    'story.dept.what.notDigital': 'число видов услуг в бумажном виде',
    'story.dept.what.total': 'общее число видов услуг',
    'story.dept.change.up': '{name}: {what} выросло с {from} ({fromDate}) до {to} ({toDate}).',
    'story.dept.change.down': '{name}: {what} сократилось с {from} ({fromDate}) до {to} ({toDate}).',
    'story.dept.noChanges':
      'Ни по одному управлению одна и та же цифра не приводилась за два разных года, поэтому об изменениях сказать нельзя.',
    'story.services.heading': 'Услуги, которые ещё не были переведены в электронный формат',
    'story.services.intro':
      'В {date} {name} назвало услуги, которые ещё не были переведены в электронный формат:',
    'story.services.unnamed': 'и ещё {n} — источник их не называет',
    'story.literacy.caveat':
      'Она намного ниже любой общенациональной цифры. Определение неизвестно, поэтому это может быть другой показатель, но реального отставания области исключить нельзя.',
    'story.villages.historyHeading': 'Что позже сообщалось о названных сёлах',
    'story.villages.history': '{village} ({district}):',
    'story.villages.report': '{date} — {status}',
    'story.villages.status.no-internet': 'интернета не было',
    'story.villages.status.no-mobile-internet': 'мобильного интернета не было совсем',
    'story.villages.status.awaiting-connection': 'ждало подключения к интернету',
    'story.villages.status.offices-connected-fibre':
      'госучреждения были подключены к волоконно-оптической линии',
    'story.villages.status.connected-fibre': 'было подключено по волоконно-оптической линии',
    'story.villages.status.connected-mobile-4g': 'было подключено к мобильному интернету 4G',
    'story.villages.first': 'В {year} году аким области сказал, что в {n} сёлах региона нет интернета.',
    'story.villages.firstUnnamed':
      'Статья не называет ни одного из них и не уточняет, о каком интернете шла речь, поэтому показать эти сёла на карте нельзя.',
    'story.villages.laterDated':
      'Более поздний источник ({date}) называет {total} населённых пунктов области, из них совсем без мобильного интернета — {none}.',
    'story.villages.named':
      'Названия известны у {named} из них, они показаны на карте; остальные {unknown} не установлены.',
    'story.villages.later':
      'Более поздний источник датируется лишь приблизительно: {date}. В нём всего населённых пунктов области названо {total}, из них совсем без мобильного интернета — {none}.',
    'story.departments.laterTotal':
      'Более поздний источник ({date}) называет {total} видов государственных услуг в области.',
    'story.dept.change.same': '{name}: {what} не изменилось: {from} ({fromDate}) и {to} ({toDate}).',
  },
  en: {
    'story.title': '{region} and “Digital Kazakhstan”: what was reported in {year}, and what changed after',
    'story.description':
      'What the regional akimat of {region} reported in {year} on the “Digital Kazakhstan” programme, what it left out, and the figures that came later, each with its source.',
    'story.standfirst':
      'In {year}, a meeting at the regional akimat took stock of how the state programme “Digital Kazakhstan” was going in the region. Most public services were still provided on paper, and some villages had no internet at all. Here is what was said, what was not, and what later sources report.',
    'story.figure.servicesNote': 'Most of them still on paper; how many were online was not said.',
    'story.figure.villagesNote': 'The villages were not named.',
    'story.figure.literacyNote':
      'What this figure measures is not stated. Official national statistics for {year}: {low} and {high}, depending on the age group.',
    'story.services.heading': 'Services named as not yet online',
    'story.services.unnamed': 'and {n} more that the source does not name',
    'story.villages.heading': 'Villages without internet',
    'story.villages.waiting':
      'As of {date}, {village} ({district}) was still waiting to be connected to the internet.',
    'story.villages.mapLink': 'See the named villages on the map',
    'story.villages.unknown2018':
      'None of the later sources says whether the {n} villages of {year} were ever connected.',
    'story.after.heading': 'What has changed since {year}',
    'story.after.intro':
      'Later counts rest on other definitions: mobile internet, fibre, 4G coverage. So they cannot be read as progress from the {n} villages of {year}. The chart shows every figure we found, each over the time it applies to.',
    'story.after.undated': 'Some later figures carry no date at all ({publisher}): {list}.',
    'story.literacy.heading': 'Digital literacy',
    'story.literacy.text':
      'The article put digital literacy in the region at {value}, without saying what was measured or among whom. Official national figures for the same year were {low} and {high}, depending on the age group, and kept rising: the latest found is {latest} ({latestDate}).',
    'story.more.heading': 'How we know',
    'story.more.text':
      'Every figure on this page links to its source in the list below. All sources, definitions and known gaps in the data are on the methodology page.',
    'story.more.link': 'Methodology',

    'story.departments.heading': 'Services online, department by department',
    'story.departments.intro':
      'The {year} meeting heard that most of the {total} kinds of public service the region provided to its residents were still on paper. The article gave neither a share nor a count of those already online.',
    'story.dept.year.heading': 'What was reported for {year}',
    'story.dept.digitalOnly':
      '{name}: only {n} kinds of service had been moved online; how many it provided in all was not said.',
    'story.dept.notDigitalOnly': '{name}: {n} kinds of service were not yet online; its total was not given.',
    'story.dept.parts': '{name}, kinds of service: {parts}.',
    'story.dept.part.digital': '{n} online',
    'story.dept.part.notDigital': '{n} on paper',
    'story.dept.part.total': '{n} in all',
    'story.dept.part.share': '{share} of them online',
    'story.dept.part.missing': 'not reported: {list}',
    'story.dept.lagging.one': 'Said to be lagging, with no figures: {list}.',
    'story.dept.lagging.many': 'Said to be lagging, with no figures: {list}.',
    'story.dept.noFigures.one': 'Reported on the programme without figures: {list}.',
    'story.dept.noFigures.many': 'Reported on the programme without figures: {list}.',
    'story.dept.noTotals':
      'No source gives any department’s total for {year}, so the share of services online that year cannot be worked out.',
    'story.dept.later.heading': 'Figures after {year}',
    'story.dept.other.heading': 'Figures for other years',
    'story.dept.later.intro':
      'Later reports, oldest first. They do not change what was said in {year}; they show what came after.',
    'story.dept.later.lagging': '{name}: said to be lagging; no figures given.',
    'story.dept.later.noFigures': '{name}: reported on the programme without figures.',
    'story.dept.changes.heading': 'What changed',
    'story.dept.what.digital': 'kinds of service online',
    'story.dept.what.notDigital': 'kinds of service still on paper',
    'story.dept.what.total': 'kinds of service in all',
    'story.dept.change.up': '{name}: {what} rose from {from} in {fromDate} to {to} in {toDate}.',
    'story.dept.change.down': '{name}: {what} fell from {from} in {fromDate} to {to} in {toDate}.',
    'story.dept.noChanges':
      'No department has the same figure for two different years, so no change can be stated.',
    'story.services.intro': 'In {date}, {name} listed the services it had not yet moved online:',
    'story.literacy.caveat':
      'It is far below every national figure; with no definition it may be a different measure, but a real gap cannot be ruled out.',
    'story.villages.historyHeading': 'What was reported later on the named villages',
    'story.villages.history': '{village} ({district}):',
    'story.villages.report': '{date}, {status}',
    'story.villages.status.no-internet': 'no internet',
    'story.villages.status.no-mobile-internet': 'no mobile internet at all',
    'story.villages.status.awaiting-connection': 'waiting to be connected',
    'story.villages.status.offices-connected-fibre': 'state offices connected by a fibre-optic line',
    'story.villages.status.connected-fibre': 'connected by a fibre-optic line',
    'story.villages.status.connected-mobile-4g': 'connected to 4G mobile internet',
    'story.villages.first': 'In {year}, the akim said that {n} villages in the region had no internet.',
    'story.villages.firstUnnamed':
      'The article names none of them and does not say what kind of internet was meant, so they cannot be put on a map.',
    'story.villages.laterDated':
      'A later source ({date}) counts {total} settlements in the region, {none} of them with no mobile internet at all.',
    'story.villages.named':
      'It names {named} of them, shown on the map; the other {unknown} are not identified.',
    'story.villages.later':
      'A later source can only be dated approximately, to {date}. It counts {total} settlements in the region, {none} of them with no mobile internet at all.',
    'story.departments.laterTotal':
      'A later source ({date}) counts {total} kinds of public service in the region.',
    'story.dept.change.same': '{name}: {what} stayed the same: {from} in {fromDate}, {to} in {toDate}.',
  },
});
