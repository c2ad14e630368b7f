import { defineStrings } from '../define-strings.ts';

/**
 * Strings of the charts (keys `chart.`): titles, subtitles, labels inside the drawings, notes and
 * table columns. Figures never appear here: they arrive as {placeholders} from the chart rows.
 */
export const charts = defineStrings({
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
    'chart.departments.change': '{from} → {to} өзгерісі',
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
  },
  ru: {
    'chart.measure.digital': 'онлайн',
    'chart.measure.notDigital': 'в бумажном виде',
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
      '«Отстающие»: по словам источника, выполнение программы в этих управлениях неудовлетворительно, но цифр он не приводит.',
    'chart.note.translatedNames':
      'Русские названия управлений и услуг — наш перевод с казахского, а не официальные названия.',
    'chart.timeline.title': 'Интернет в населённых пунктах: {region}. Что сообщалось в разные годы',
    'chart.timeline.subtitle':
      'Каждая строка — отдельный показатель: слева цифра, справа — к какому времени она относится. Точная дата — точка; месяц, год или более длинный период, если точной даты в источнике нет, — тонкий отрезок с засечками.',
    'chart.timeline.note.measures':
      'Строки измеряют разное: отсутствие интернета вообще, отсутствие мобильного интернета, оптоволокно, покрытие 4G. Это не части одного целого, и складывать их нельзя.',
    'chart.timeline.note.spans':
      'Отрезок вместо даты означает, что в самой статье даты нет: период восстановлен по контексту, например по срокам полномочий должностного лица, которое проводило совещание.',
    'chart.timeline.note.undated':
      'Цифры, дату которых источник не называет, стоят справа, в колонке «дата не указана», вне шкалы времени.',
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

    'chart.status.noFigures': 'Отчёт без цифр',
    'chart.status.none': 'Цифр о собственных услугах не приводилось',
    'chart.departments.change': 'Изменение {from} → {to}',
    'chart.departments.note.years':
      'Для каждого управления показан каждый год, о котором сообщали источники, начиная с самого раннего. Изменение указано, только если за два года приведена одна и та же цифра.',
    'chart.departments.note.someTotals':
      'Доли показаны только за те годы, для которых источник назвал общее число услуг управления.',
    'chart.services.title': 'Государственные услуги онлайн: {country} в целом',
    'chart.services.subtitle':
      'Каждая панель — отдельный показатель со своей шкалой: сообщённые значения соединены линией, цели — полые кольца, соединённые пунктиром. Панели не сравниваются и не складываются.',
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
    'chart.departments.noFigures': 'Цифр не привели: {list}',
    'chart.timeline.note.latest': 'Последние данные: {region} — {regionDate}; {country} — {date}',
    'chart.map.unmapped.heading': 'Нет на карте',
    'chart.map.unmapped':
      '{name}, {date}: всего {total}, из них не названы источником и не нанесены на карту: {count}',
    'chart.figure.embed': 'Встроить / скачать',
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
      'Each row is a separate measure: its figure on the left, and on the right the time it applies to. An exact date is a dot; a month, a year, or a longer range where the source gives no exact date, is a thin line with end caps.',
    'chart.timeline.note.measures':
      'The rows measure different things: no internet at all, no mobile internet, fibre, 4G coverage. They are not parts of one whole and must not be added up.',
    'chart.timeline.note.spans':
      'A range instead of a date means the article itself is undated: the range comes from its context, such as the term in office of the official who chaired the meeting.',
    'chart.timeline.note.undated':
      'Figures whose date no source gives stand on the right, in the “date not reported” lane, off the time axis.',
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

    'chart.status.noFigures': 'Reported without figures',
    'chart.status.none': 'No figures on its own services',
    'chart.departments.change': 'Change {from} → {to}',
    'chart.departments.note.years':
      'Each department shows every year a source reported on it, oldest first. A change is written out only where two years give the same figure.',
    'chart.departments.note.someTotals':
      'Shares are shown only for the years in which a source gave the department’s total.',
    'chart.services.title': 'Public services online across {country}: the national picture',
    'chart.services.subtitle':
      'Each panel is a separate indicator on its own scale: reported values are joined by a line, targets are hollow rings joined by a dashed line. Panels are not compared or added up.',
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
    'chart.departments.noFigures': 'No figures given: {list}',
    'chart.timeline.note.latest': 'Latest figures: {region}, {regionDate}; {country}, {date}.',
    'chart.map.unmapped.heading': 'Not on the map',
    'chart.map.unmapped': '{name}, {date}: {count} of {total} not named by the source, so not on the map',
    'chart.figure.embed': 'Embed / download',
  },
});
