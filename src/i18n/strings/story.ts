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
    'chart.status.lagging': 'Артта қалған деп аталды; сандар келтірілмеген',
    'chart.status.noFigures': 'Жұмысы туралы айтты, бірақ сан келтірмеді',
    'chart.status.none': 'Сандар келтірілмеген',
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
    'chart.figure.asOf': '{date} жағдай бойынша деректер',
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
      'Бір дереккөзде тек 2G/3G байланысы бар, 4G байланысы бар және мобильді интернеті мүлде жоқ елді мекендерді қосқанда {sum} шығады, ал сол дереккөз бойынша елді мекендердің жалпы саны — {total}. Демек, топтар бір-бірімен қиылысады.',
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

    'story.title': '{region} және «Цифрлық Қазақстан»: {year} жылы не айтылды, кейін не өзгерді',
    'story.description':
      '{year} жылы {region} әкімдігі «Цифрлық Қазақстан» бағдарламасы туралы не хабарлады, не айтылмай қалды және кейін қандай сандар жарияланды — әрқайсысы дереккөзімен.',
    'story.standfirst':
      '{year} жылы облыс әкімдігінде өткен жиында «Цифрлық Қазақстан» мемлекеттік бағдарламасының өңірде қалай орындалып жатқаны талқыланды. Мемлекеттік қызметтердің көпшілігі әлі де қағаз түрінде көрсетіліп келген, кейбір ауылдарда интернет мүлде болмаған. Төменде — сонда не айтылғаны, ненің айтылмай қалғаны және кейінгі дереккөздердің не дейтіні.',
    'story.figure.servicesNote': 'Көпшілігі әлі де қағаз түрінде; қаншасының онлайн екені айтылмаған.',
    'story.figure.villagesNote': 'Ауылдар аталмаған.',
    'story.figure.literacyNote':
      'Бұл санның нені өлшейтіні айтылмаған. {year} жылғы ресми республикалық статистика жас тобына қарай {low} және {high} деп көрсетеді.',
    'story.departments.heading': 'Қай басқармалар қызметтерін электрондық форматқа көшірді',
    'story.departments.intro':
      'Жиында айтылғандай, облыста тұрғындарға көрсетілетін {total} мемлекеттік қызмет түрінің көпшілігі әлі де қағаз түрінде ұсынылып келген. Мақалада олардың қаншасы электрондық форматқа көшкені де, үлесі де айтылмаған.',
    'story.dept.digitalOnly':
      '{name}: {n} қызмет түрі электрондық форматқа көшірілген; басқарманың қызметтерінің жалпы саны айтылмаған.',
    'story.dept.notDigitalOnly':
      '{name}: {n} қызмет түрі әлі электрондық форматқа көшірілмеген; жалпы саны айтылмаған.',
    'story.dept.lagging':
      'Бағдарламаның орындалуы нашар деп аталған, бірақ сан келтірілмеген басқармалар: {list}.',
    'story.dept.noFigures': 'Жұмысы туралы есеп беріп, бірақ сан келтірмеген басқармалар: {list}.',
    'story.dept.noTotals':
      'Бірде-бір басқарма өзі көрсететін қызметтердің жалпы санын айтпаған, сондықтан қызметтердің қанша бөлігі онлайн екенін есептеу мүмкін емес.',
    'story.services.heading': 'Әлі электрондық форматқа көшірілмеген деп аталған қызметтер',
    'story.services.intro': '{name} электрондық форматқа әлі көшірілмеген мына қызметтерді атады:',
    'story.services.unnamed': 'тағы {n} қызмет түрі дереккөзде аталмаған',
    'story.villages.heading': 'Интернеті жоқ ауылдар',
    'story.villages.first':
      '{year} жылы облыс әкімі өңірдегі {n} ауылда интернет жоқ екенін айтты. Мақалада олардың бірі де аталмаған, интернеттің қай түрі туралы сөз болғаны да нақтыланбаған, сондықтан оларды картаға түсіру мүмкін емес.',
    'story.villages.later':
      'Кейінгі бір мақаланың өзінде күні жоқ, мазмұнына қарағанда ол {date} аралығында жарияланған. Онда облыстағы елді мекендердің жалпы саны {total} деп көрсетілген, оның {none} елді мекені мобильді интернетпен мүлде қамтылмаған.',
    'story.villages.named':
      'Солардың {named} елді мекенінің атауы берілген, олар картада көрсетілген. Тізімнің сақталған көшірмесі үзіліп қалғандықтан, қалған {unknown} елді мекен белгісіз күйінде қалды.',
    'story.villages.waiting':
      '{date} жағдай бойынша {village} ауылы ({district}) әлі интернетке қосылуды күтіп отырған.',
    'story.villages.mapLink': 'Аталған ауылдар картада',
    'story.villages.unknown2018':
      '{year} жылғы {n} ауылдың кейін интернетке қосылған-қосылмағанын кейінгі дереккөздердің ешқайсысы хабарламайды.',
    'story.after.heading': '{year} жылдан кейін не өзгерді',
    'story.after.intro':
      'Кейінгі есептер басқа анықтамаларға сүйенеді: мобильді интернет, талшықты-оптикалық желі, 4G байланысы. Сондықтан оларды {year} жылғы {n} ауылмен салыстырып, ілгерілеу деп оқуға болмайды. Диаграммада біз тапқан әр сан өзі қатысты кезеңімен бірге көрсетілген.',
    'story.after.undated': 'Кейбір кейінгі сандардың күні мүлде көрсетілмеген ({publisher}): {list}.',
    'story.literacy.heading': 'Цифрлық сауаттылық',
    'story.literacy.text':
      'Мақалада өңірдегі цифрлық сауаттылық {value} деп көрсетілген, бірақ нақты неменің және кімдердің арасында өлшенгені айтылмаған. Сол жылғы ресми республикалық көрсеткіштер жас тобына қарай {low} және {high} болды, кейін де өсе берді: табылған ең соңғы мән — {latest} ({latestDate}).',
    'story.literacy.caveat':
      'Облыстың өзі бойынша ресми көрсеткіш табылмады. Сондықтан мақаладағы сан республикалық көрсеткіштерден артта қалу емес, басқа өлшем деп оқылғаны жөн.',
    'story.more.heading': 'Біз мұны қайдан білеміз',
    'story.more.text':
      'Беттегі әр сан төмендегі дереккөзге сілтеме жасайды. Барлық дереккөздер, анықтамалар және деректердегі белгілі олқылықтар әдістеме бетінде жинақталған.',
    'story.more.link': 'Әдістеме',
  },
  ru: {
    'chart.measure.digital': 'онлайн',
    'chart.measure.notDigital': 'на бумаге',
    'chart.measure.total': 'всего',
    'chart.status.lagging': 'Названо отстающим; цифры не приводились',
    'chart.status.noFigures': 'Отчиталось о работе без цифр',
    'chart.status.none': 'Цифры не приводились',
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
      'В одном источнике населённые пункты только с 2G/3G, с 4G и совсем без мобильного интернета в сумме дают {sum}, а всего населённых пунктов по тому же источнику — {total}. Значит, группы пересекаются.',
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
    'story.departments.heading': 'Какие управления перевели услуги в электронный формат',
    'story.departments.intro':
      'Из {total} видов государственных услуг, которые область оказывает жителям, большинство, как прозвучало на совещании, всё ещё оказывались на бумаге. Ни доли, ни числа уже переведённых в электронный формат статья не приводит.',
    'story.dept.digitalOnly':
      '{name}: услуг, переведённых в электронный формат, — {n}; сколько всего услуг у управления, не сказано.',
    'story.dept.notDigitalOnly':
      '{name}: услуг, ещё не переведённых в электронный формат, — {n}; общее число не названо.',
    'story.dept.lagging': 'Отстающими, без каких-либо цифр, названы: {list}.',
    'story.dept.noFigures': 'О своей работе без цифр рассказали: {list}.',
    'story.dept.noTotals':
      'Ни одно управление не назвало общего числа своих услуг, поэтому долю услуг онлайн рассчитать нельзя.',
    'story.services.heading': 'Услуги, названные ещё не переведёнными в электронный формат',
    'story.services.intro': '{name} назвало услуги, которые ещё не переведены в электронный формат:',
    'story.services.unnamed': 'и ещё {n} — в источнике не названы',
    'story.villages.heading': 'Сёла без интернета',
    'story.villages.first':
      'В {year} году аким области сказал, что в {n} сёлах региона нет интернета. Статья не называет ни одного из них и не уточняет, о каком интернете шла речь, поэтому показать эти сёла на карте нельзя.',
    'story.villages.later':
      'В более поздней статье даты нет; по её содержанию она относится к периоду {date}. Общее число населённых пунктов области там — {total}, а совсем без мобильного интернета из них — {none}.',
    'story.villages.named':
      'Названы из них {named}, они показаны на карте. Сохранившаяся копия списка обрывается, так что ещё {unknown} остаются неизвестными.',
    'story.villages.waiting': '{village} ({district}): на {date} село всё ещё ждало подключения к интернету.',
    'story.villages.mapLink': 'Названные сёла на карте',
    'story.villages.unknown2018':
      'Подключили ли потом {n} сёл {year} года, не сообщает ни один из более поздних источников.',
    'story.after.heading': 'Что изменилось после {year} года',
    'story.after.intro':
      'Более поздние подсчёты опираются на другие определения: мобильный интернет, оптоволокно, покрытие 4G. Поэтому их нельзя читать как прогресс по сравнению с {n} сёлами {year} года. На диаграмме — каждая найденная цифра вместе с периодом, к которому она относится.',
    'story.after.undated': 'У некоторых более поздних цифр даты нет вовсе ({publisher}): {list}.',
    'story.literacy.heading': 'Цифровая грамотность',
    'story.literacy.text':
      'Статья оценивает цифровую грамотность в регионе в {value}, но не говорит, что именно и среди кого измерялось. Официальные общенациональные цифры за тот же год — {low} и {high}, в зависимости от возрастной группы, и дальше они росли: последнее найденное значение — {latest} ({latestDate}).',
    'story.literacy.caveat':
      'Официальной цифры по самой области найти не удалось. Поэтому цифру из статьи правильнее считать другим показателем, а не отставанием от общенациональных данных.',
    'story.more.heading': 'Откуда мы это знаем',
    'story.more.text':
      'Каждая цифра на этой странице ссылается на источник из списка ниже. Все источники, определения и известные пробелы в данных собраны на странице методологии.',
    'story.more.link': 'Методология',
  },
  en: {
    'chart.measure.digital': 'online',
    'chart.measure.notDigital': 'on paper',
    'chart.measure.total': 'total',
    'chart.status.lagging': 'Said to be lagging; no figures given',
    'chart.status.noFigures': 'Reported on its work without figures',
    'chart.status.none': 'No figures reported',
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
      'In one source, settlements with 2G/3G only, with 4G and with no mobile internet at all add up to {sum}, while the same source counts {total} settlements in all: the groups overlap.',
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

    'story.title': '{region} and “Digital Kazakhstan”: what was reported in {year}, and what changed after',
    'story.description':
      'What the regional akimat of {region} reported in {year} on the “Digital Kazakhstan” programme, what it left out, and the figures that came later, each with its source.',
    'story.standfirst':
      'In {year}, a meeting at the regional akimat took stock of how the state programme “Digital Kazakhstan” was going in the region. Most public services were still provided on paper, and some villages had no internet at all. Here is what was said, what was not, and what later sources report.',
    'story.figure.servicesNote': 'Most of them still on paper; how many were online was not said.',
    'story.figure.villagesNote': 'The villages were not named.',
    'story.figure.literacyNote':
      'What this figure measures is not stated. Official national statistics for {year}: {low} and {high}, depending on the age group.',
    'story.departments.heading': 'Which departments moved their services online',
    'story.departments.intro':
      'Of the {total} kinds of public service the region provides to its residents, most were still on paper, the meeting heard. The article gives neither a share nor a count of those already online.',
    'story.dept.digitalOnly':
      '{name}: {n} kinds of service moved online; how many it provides in all was not said.',
    'story.dept.notDigitalOnly': '{name}: {n} kinds of service not yet online; its total was not given.',
    'story.dept.lagging': 'Said to be lagging, with no figures at all: {list}.',
    'story.dept.noFigures': 'Reported on their work without figures: {list}.',
    'story.dept.noTotals':
      'No department said how many kinds of service it provides in all, so the share already online cannot be worked out.',
    'story.services.heading': 'Services named as not yet online',
    'story.services.intro': '{name} listed the services it had not yet moved online:',
    'story.services.unnamed': 'and {n} more that the source does not name',
    'story.villages.heading': 'Villages without internet',
    'story.villages.first':
      'In {year}, the akim said that {n} villages in the region had no internet. The article names none of them and does not say what kind of internet was meant, so they cannot be put on a map.',
    'story.villages.later':
      'A later article carries no date; its content dates it to {date}. It counts {total} settlements in the region, {none} of them with no mobile internet at all.',
    'story.villages.named':
      'It names {named} of them, shown on the map. The surviving copy of the list breaks off, so {unknown} remain unidentified.',
    'story.villages.waiting':
      'As of {date}, {village} ({district}) was still waiting to be connected to the internet.',
    'story.villages.mapLink': 'See the named villages on the map',
    'story.villages.unknown2018':
      'None of the later sources says whether the {n} villages of {year} were ever connected.',
    'story.after.heading': 'What changed after {year}',
    'story.after.intro':
      'Later counts rest on other definitions: mobile internet, fibre, 4G coverage. So they cannot be read as progress from the {n} villages of {year}. The chart shows every figure we found, each over the time it applies to.',
    'story.after.undated': 'Some later figures carry no date at all ({publisher}): {list}.',
    'story.literacy.heading': 'Digital literacy',
    'story.literacy.text':
      'The article put digital literacy in the region at {value}, without saying what was measured or among whom. Official national figures for the same year were {low} and {high}, depending on the age group, and kept rising: the latest found is {latest} ({latestDate}).',
    'story.literacy.caveat':
      'No official figure for the region itself was found. The article’s figure is best read as a different measure, not as a gap behind the national figures.',
    'story.more.heading': 'How we know',
    'story.more.text':
      'Every figure on this page links to its source in the list below. All sources, definitions and known gaps in the data are on the methodology page.',
    'story.more.link': 'Methodology',
  },
});
