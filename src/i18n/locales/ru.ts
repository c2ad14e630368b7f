/**
 * Every sentence of the site in Russian. Keys and {placeholders} are those of kk.ts, the reference:
 * a key missing, left over or with other {placeholders} fails the type check here. Russian uses a
 * dash or «из них» where a numeral would otherwise have to agree with the noun after a placeholder.
 */
import { type DataDictionary, translation } from '../translation.ts';

export const ru = translation({
  // Every page: site name, navigation, values, dates, sources, footer.
  'site.name': 'Цифровая {region}',
  'nav.skip': 'Перейти к основному содержанию',
  'nav.language': 'Язык',
  'nav.main': 'Разделы сайта',
  'nav.story': 'Статья',
  'nav.villages': 'Карта сёл',
  'nav.methodology': 'Методология',
  'nav.data': 'Данные',
  'value.notReported': 'данные не приводились',
  'value.approximate': 'около {value}',
  'date.notReported': 'дата не указана',
  'date.year': '{year} г.',
  'source.label': 'Источник',
  'source.sources': 'Источники',
  'source.noUrl': 'ссылка не сохранилась',
  'source.ourTranslation': '(перевод наш)',
  'footer.data': 'Все цифры взяты из открытых данных в папке data/; у каждой указан источник.',
  'footer.licence': 'Код: MIT. Данные: по лицензиям их источников (data/README.md).',

  // The story's share card and its og:image text; the story itself is in src/content/story/.
  'front.headline': 'Подключили ли сельчан к интернету? {region}: что говорят данные',
  'front.card.first': '{date}: сёла без интернета, по данным того времени',
  'front.card.latest': '{date}: населённые пункты совсем без мобильного интернета',
  'front.card.unnamed': 'названия неизвестны; как обстоят дела сейчас — тоже',
  'front.card.unknown': 'Как обстоят дела сейчас, неизвестно',
  'front.card.sources': 'Источник каждой цифры указан на сайте',

  // Charts: titles, subtitles, labels inside the drawings, notes, table columns.
  'chart.measure.digital': 'онлайн',
  'chart.measure.notDigital': 'в бумажном виде',
  'chart.measure.total': 'всего',
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
  'chart.literacy.note.regional': 'Официальных данных по самой области ({region}) не найдено ни за один год.',
  'chart.literacy.note.points':
    'Каждая точка — годовое значение, отмеченное в середине года; линии соединяют годы одного показателя.',
  'chart.status.lagging': 'Названо отстающим; цифры не приводились',
  'chart.status.noFigures': 'Отчёт без цифр',
  'chart.status.none': 'Цифр о собственных услугах не приводилось',
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

  // The methodology page.
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

  // The methodology page: its note on the sources after the first report.
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

  // The village map page and its interactive map.
  'map.title': 'Карта сёл: что пресса сообщала об интернете',
  'map.description':
    '{region}: населённые пункты, о доступе к интернету в которых сообщала пресса, — на карте и в списке по районам, с датой и источником каждого сообщения.',
  'map.intro':
    'На карте отмечены населённые пункты, о доступе к интернету в которых сообщала пресса, — всего {count}. В списке для каждого приведено последнее сообщение, его дата и источник; если сообщений несколько, прежние — в разделе «История сообщений».',
  'map.unnamed':
    'Источник ({date}) приводит только число сёл области без интернета ({count}), не называя их. Поэтому их нет на карте, и неизвестно, были ли среди них сёла, показанные здесь.',
  'map.unlocated':
    'Источник ({date}) насчитывает населённые пункты совсем без мобильного интернета: {total}. На карте только те из них, чьи названия известны: {named}.',
  'map.status.no-mobile-internet': 'Мобильного интернета не было совсем',
  'map.status.awaiting-connection': 'Ждало подключения к интернету',
  'map.status.no-internet': 'Интернета не было',
  'map.status.offices-connected-fibre':
    'Государственные учреждения подключены к волоконно-оптической линии связи',
  'map.status.connected-fibre': 'Подключено к волоконно-оптической линии связи',
  'map.status.connected-mobile-4g': 'Появилось покрытие мобильного интернета 4G',
  'map.status.slow-internet': 'Жители просили ускорить интернет',
  'map.status.connected-mobile': 'Подключено к мобильной сети (поколение не указано)',
  'map.dateNotStated': 'дата не указана',
  'map.dateNotStated.notLater': 'дата не указана (не позднее: {to})',
  'map.dateNotStated.between': 'дата не указана (не ранее: {from}; не позднее: {to})',
  'map.legend.undatedShort': 'Пунктирный контур: дата не указана',
  'map.filter.date': 'Дата сообщения',
  'map.filter.allDates': 'Все',
  'map.filter.dated': 'Дата указана',
  'map.filter.undated': 'Дата не указана',
  'map.legend.undated':
    'Пунктирный контур — в источнике последнего сообщения дата не указана. Сообщение без даты никогда не считается последним, если есть датированное.',
  'map.unmapped.heading': 'Населённые пункты, которые нельзя показать на карте',
  'map.unmapped.intro':
    'О них есть сообщения, но их местоположение не найдено ни в одной записи, поэтому на карте их нет — только в списке.',
  'map.notLocated': 'На карте не отмечено: местоположение не найдено',
  'map.report.village': 'Сообщить новое об этом населённом пункте',
  'map.report.link': 'Сообщите о своём селе',
  'map.report.intro':
    'Как работает интернет в вашем селе? Напишите, какая связь есть, какой оператор, с какого времени и чем это подтверждается (ответ акимата, сообщение прессы, фото объявления).',
  'map.report.public':
    'Сообщение публикуется открыто на GitHub, для него нужна учётная запись GitHub. В данные оно попадает, только когда найден источник, на который можно сослаться (сообщение прессы, официальный ответ, публичное объявление); непроверенное сообщение никогда не показывается на сайте как факт.',
  'map.report.email': 'Нет учётной записи? Напишите на {email}',
  'map.report.issueTitle': 'Сообщение о селе',
  'map.reported': 'Дата сообщения: {date}',
  'map.coordinates': 'Координаты',
  'map.svgTitle': '{region}: сёла из сообщений прессы',
  'map.svgDesc':
    'Граница области, соседние области, крупные города и населённые пункты ({count}). Полный список — под картой.',
  'map.legend': 'Условные обозначения',
  'map.legend.region': 'Граница области',
  'map.legend.town': 'Город',
  'map.credit.boundaries': 'Границы областей',
  'map.credit.towns': 'Города',
  'map.credit.villages': 'Координаты сёл',
  'map.credit.publicDomain': 'общественное достояние',
  'map.credit.osm': '© участники OpenStreetMap',
  'map.download': 'Скачать данные (GeoJSON)',
  'map.open': 'Открыть интерактивную карту',
  'map.loading': 'Карта загружается…',
  'map.loadError': 'Не удалось загрузить интерактивную карту. Статичная карта и список остаются на месте.',
  'map.saveData':
    'Включён режим экономии трафика, поэтому интерактивная карта не открылась сама. Её можно открыть кнопкой.',
  'map.interactive': 'Интерактивная карта',
  'map.help':
    'Стрелки двигают карту, клавиши + и − меняют масштаб. Tab переходит между сёлами, Enter открывает сведения, Escape закрывает их.',
  'map.zoomIn': 'Приблизить',
  'map.zoomOut': 'Отдалить',
  'map.close': 'Закрыть',
  'map.inView':
    'Населённых пунктов в видимой области: {count}. Чтобы переходить между ними с клавиатуры, приблизьте карту или воспользуйтесь списком.',
  'map.filter.legend': 'Фильтр',
  'map.filter.status': 'Статус по последнему сообщению',
  'map.filter.district': 'Район',
  'map.filter.allStatuses': 'Все статусы',
  'map.filter.allDistricts': 'Все районы',
  'map.filter.shown': 'Показано: {shown} (всего {total})',
  'map.filter.none': 'Под фильтр не подходит ни один населённый пункт.',
  'map.list': 'Список по районам',
  'map.romanized':
    '* Английское написание — наша транслитерация казахского названия, а не официальное название.',
  'map.history': 'История сообщений ({count})',
  'map.nameReading': 'В источнике: «{inSource}». «{name}» — наше прочтение.',
  'map.osmObject': 'OpenStreetMap, объект {id}',
  'map.coordinatesFromSource': 'по источнику',
  'map.legend.latest':
    'Каждый населённый пункт отмечен по последнему сообщению о нём: кружок — интернета не было, он был медленным или его ждали, ромб — сообщалось о подключении.',
  'map.notes': 'Примечания к сообщениям',
  'map.notesElsewhere':
    'К некоторым сообщениям примечания пока есть только на английском языке. Они в файле данных (village-statuses.csv) и в английской версии страницы.',

  // Embeds, downloads, the data page and the spreadsheets.
  'embed.panel': 'Встроить на сайт и скачать',
  'embed.code': 'Код для встраивания',
  'embed.codeHelp':
    'Вставьте код в HTML своей страницы. Диаграмма сама подберёт высоту; если JavaScript отключён, вместо неё будет картинка.',
  'embed.copy': 'Копировать код',
  'embed.copied': 'Скопировано',
  'embed.copyFailed': 'Скопировать не получилось: выделите код и скопируйте его вручную.',
  'embed.downloads': 'Скачать',
  'embed.png': 'Изображение PNG ({width}×{height} пикс.)',
  'embed.svg': 'Векторное изображение SVG',
  'embed.csv': 'Данные диаграммы, CSV (текстовый файл)',
  'embed.xlsx': 'Данные диаграммы, таблица Excel (XLSX)',
  'embed.page': 'Страница для встраивания',
  'embed.cite': 'Как сослаться',
  'embed.citation':
    '«{title}» // {site}. {sourceLabel}: {sources}. Версия данных: {version}. URL: {url} (дата обращения: {date}).',
  'embed.citationNoUrl':
    '«{title}» // {site}. {sourceLabel}: {sources}. Версия данных: {version} (дата обращения: {date}).',
  'embed.accessDate': '[укажите дату]',
  'embed.dataAsOf': 'Последние данные: {date}',
  'embed.version': 'Версия данных: {version}',
  'embed.versionUnknown': 'неизвестна',
  'embed.more': 'Подробнее на сайте «{site}»',
  'embed.map.title': '{region}: населённые пункты, об интернете в которых сообщала пресса',
  'embed.map.subtitle': '{count} населённых пунктов из публикаций; одна метка — один населённый пункт',
  'embed.map.col.name': 'Населённый пункт',
  'embed.map.col.district': 'Район',
  'embed.map.col.status': 'Что сообщалось',
  'embed.map.col.date': 'Когда сообщалось',
  'embed.map.col.lat': 'Широта',
  'embed.map.col.lon': 'Долгота',
  'embed.map.col.source': 'Источник',
  'data.version': 'Текущая версия данных: {version}.',
  'data.downloads': 'Скачать',
  'data.package': 'Пакет данных',
  'data.packageHelp':
    'Frictionless Data Package: описание datapackage.json перечисляет столбцы таблиц, их типы и связи; файлы те же, что в папке data/.',
  'data.villages': 'Населённые пункты',
  'data.villagesCsv': 'CSV (текстовый файл, названия столбцов на английском)',
  'data.villagesXlsx': 'Таблица Excel (XLSX)',
  'data.villagesGeojson': 'GeoJSON, для картографических программ',
  'data.charts': 'Данные диаграмм',
  'data.bom':
    'Для Excel берите файл XLSX: в нём числа записаны как числа, даты — текстом с той точностью, что и в источнике, а на втором листе приведены источники. CSV-файлы сохранены в UTF-8 с меткой BOM; дробная часть чисел в них отделяется точкой. Цифра, которую источник не приводит, в файлах диаграмм записана словами «данные не приводились», а в пакете данных — как `not-reported`.',
  'data.dictionary': 'Словарь данных',
  'data.dictionaryNote': 'Значения столбцов приведены по описанию формата данных.',
  'data.notReported': '`not-reported` означает, что источник эту цифру не приводит. Это никогда не ноль.',
  'data.column': 'Столбец',
  'data.meaning': 'Значение',
  'data.allowed': 'Допустимые значения',
  'data.kind.id': 'уникальный идентификатор',
  'data.kind.reference': '`id` из файла `{file}`',
  'data.kind.integer': 'целое число',
  'data.kind.number': 'число',
  'data.kind.boolean': '`true` или `false`',
  'data.kind.date': 'дата: ГГГГ, ГГГГ-ММ, ГГГГ-ММ-ДД или НАЧАЛО/КОНЕЦ',
  'data.kind.text': 'текст',
  'data.kind.url': 'веб-адрес',
  'data.kind.enum': 'одно из значений: {values}',
  'data.range': 'от {min} до {max}',
  'data.minimum': '≥ {min}',
  'data.required': 'обязательно',
  'data.optional': 'можно оставить пустым',
  'data.orNotReported': 'или `not-reported`',
  'data.changelog': 'История изменений данных',
  'data.changelogNote': 'Каждое изменение папки data/ по истории git.',
  'data.changeDate': 'Дата',
  'data.changeVersion': 'Версия',
  'data.noHistory': 'В этой сборке нет истории изменений.',
  'xlsx.sheet.data': 'Данные',
  'xlsx.source.id': 'Идентификатор',
  'xlsx.source.title': 'Название',
  'xlsx.source.publisher': 'Издатель',
  'xlsx.source.url': 'Ссылка',
  'xlsx.source.date': 'Дата публикации',

  // The data changelog, the feeds, the 404 page, correction links, the frame guard.
  'changes.what': 'Что изменилось',
  'changes.where': 'На каких страницах',
  'changes.added': 'добавлено строк: {n}',
  'changes.changed': 'изменено строк: {n}',
  'changes.removed': 'удалено строк: {n}',
  'changes.newFile': 'новый файл',
  'changes.removedFile': 'файл удалён',
  'changes.columns': 'столбцы: {columns}',
  'changes.none': 'Строки таблиц не менялись (только документация).',
  'changes.entryTitle': 'Обновление данных от {date}',
  'feed.title': '{site}: обновления данных и статей',
  'feed.link': 'Лента обновлений (Atom)',
  'feed.story': 'Статья: {title}',
  'notFound.title': 'Страница не найдена',
  'notFound.text': 'Такой страницы нет. Проверьте адрес или начните с главной.',
  'notFound.home': 'Главная',
  'correction.propose': 'Предложить исправление',
  'correction.help': 'Откроет файл данных на GitHub; правка появится на сайте после проверки.',
  'frame.open': 'Открыть эту страницу на её сайте',
});

// The data dictionary: the /data/ page's table and column descriptions in Russian, one per column of
// src/data/schema.ts (whose English also feeds datapackage.json). Column names, ids, file names and
// tokens such as `not-reported` stay as they are, in backticks where the English has them.

/** The columns most tables share, described once. */
const RU_SHARED = {
  id: 'Уникальный идентификатор: строчные латинские буквы, цифры и дефисы.',
  region: 'Область: `id` в regions.csv.',
  source: 'Источник этой строки: `id` в sources.csv.',
  note: 'Оговорка в свободной форме, на английском языке. Необязательно.',
};

/** The data dictionary in Russian; its type requires every table and column of the contract. */
export const ruDataDictionary: DataDictionary = {
  tables: {
    sources: {
      title: 'Источники',
      description: 'Все публикации, наборы данных и карты, из которых взяты цифры, названия или координаты.',
    },
    regions: {
      title: 'Области',
      description: 'Страна и её области, которые охватывает сайт.',
    },
    districts: {
      title: 'Районы',
      description: 'Районы и города областного значения.',
    },
    departments: {
      title: 'Управления',
      description: 'Управления и учреждения акимата области.',
    },
    digitization: {
      title: 'Перевод государственных услуг в электронный формат по управлениям',
      description:
        'Что источник сообщил о том, сколько видов государственных услуг управление оказывает в электронном формате. Числа, которых источник не приводит, записаны как `not-reported` («данные не приводились»), а не 0.',
    },
    services: {
      title: 'Государственные услуги, названные в источниках',
      description: 'Отдельные услуги, которые называет источник, и их состояние на тот момент.',
    },
    indicators: {
      title: 'Показатели',
      description: 'Определения измеряемых величин. Разные определения — разные показатели.',
    },
    'indicator-values': {
      title: 'Значения показателей',
      description: 'Значения показателей во времени, каждое со своим источником.',
    },
    villages: {
      title: 'Сёла и их местоположение',
      description:
        'Населённые пункты, об интернете в которых сообщала пресса, и их местоположение. Что и когда сообщил каждый источник — в village-statuses.csv.',
    },
    'village-statuses': {
      title: 'Сообщения о состоянии сёл',
      description:
        'Что источник сообщил об интернете в селе и когда: одна строка на каждое сообщение, поэтому история села сохраняется. У каждого села есть хотя бы одна строка; на карте показано последнее датированное сообщение. У сообщения, источник которого не указывает дату, в `date` стоит `not-reported`, а в `date_bound` — её граница; такое сообщение никогда не считается последним, если есть датированное.',
    },
    'source-quotes': {
      title: 'Цитаты из источников',
      description:
        'Точные короткие цитаты на языке оригинала, на которых держится число или утверждение сайта: одна строка на цитату, чтобы читатель мог сверить число со словами источника.',
    },
  },
  fields: {
    'sources.id': RU_SHARED.id,
    'sources.title': 'Название в том виде, в каком оно опубликовано, на языке оригинала.',
    'sources.publisher': 'Кто опубликовал. Пусто, если сведения не сохранились.',
    'sources.url': 'Веб-адрес (HTTP или HTTPS). Пусто, если сведения не сохранились.',
    'sources.language': 'Язык источника.',
    'sources.published': 'Дата публикации с той точностью, с какой она известна, или `not-reported`.',
    'sources.accessed': 'Когда мы с ним ознакомились, или `not-reported`.',
    'sources.notes':
      'Что это за источник и любые оговорки, на английском языке. На сайте показывается перевод на язык страницы.',

    'sources.title_kind':
      '`headline`: в `title` заголовок в опубликованном виде; `description`: заголовок не сохранился, и в `title` наше описание на английском. Пусто — `headline`.',
    'sources.title_kk':
      'Для заголовка: его смысл на казахском, в скобках рядом с оригиналом (пусто, если источник на казахском). Для описания: что казахские страницы показывают вместо `title`.',
    'sources.title_ru':
      'Для заголовка: его смысл на русском, в скобках рядом с оригиналом (пусто, если источник на русском). Для описания: что русские страницы показывают вместо `title`.',
    'sources.title_en':
      'Для заголовка: его смысл на английском, в скобках рядом с оригиналом (пусто, если источник на английском). Для описания: что английские страницы показывают вместо `title`.',
    'sources.publisher_kk': 'Издатель так, как его пишут казахские страницы, если иначе, чем в `publisher`.',
    'sources.publisher_ru': 'Издатель так, как его пишут русские страницы, если иначе, чем в `publisher`.',
    'sources.note_kk':
      'Что это за источник и оговорки, для казахских страниц. Пусто — примечание не показывается.',
    'sources.note_ru':
      'Что это за источник и оговорки, для русских страниц. Пусто — примечание не показывается.',
    'sources.note_en':
      'Что это за источник и оговорки, для английских страниц. Пусто — показывается `notes`.',

    'regions.id': RU_SHARED.id,
    'regions.source_id': RU_SHARED.source,
    'regions.level': 'Административный уровень.',
    'regions.parent_id': 'Единица, в которую входит эта (`id` в этом же файле); для страны пусто.',
    'regions.name_kk': 'Название области на казахском языке.',
    'regions.name_ru': 'Название области на русском языке.',
    'regions.name_en': 'Название области на английском языке.',
    'regions.short_name_kk': 'Краткое название для заголовков, на казахском языке (например, без «облысы»).',
    'regions.short_name_ru': 'Краткое название для заголовков, на русском языке.',
    'regions.short_name_en': 'Краткое название для заголовков, на английском языке.',
    'regions.iso_3166_2': 'Код ISO 3166-2, например KZ-31.',
    'regions.kato': 'Код в национальном классификаторе административно-территориальных объектов (КАТО).',

    'districts.id': RU_SHARED.id,
    'districts.region_id': RU_SHARED.region,
    'districts.source_id': RU_SHARED.source,
    'districts.name_kk': 'Название района на казахском языке.',
    'districts.name_ru': 'Название района на русском языке.',
    'districts.name_en': 'Название района на английском языке.',
    'districts.kato': 'Код КАТО района.',

    'departments.id': RU_SHARED.id,
    'departments.region_id': RU_SHARED.region,
    'departments.source_id': RU_SHARED.source,
    'departments.notes': RU_SHARED.note,
    'departments.name_kk': 'Название управления на казахском языке.',
    'departments.name_ru': 'Название управления на русском языке.',
    'departments.name_en': 'Название управления на английском языке.',
    'departments.names_translated':
      '`true`, если русское и английское названия — наш перевод, а не официальные названия.',
    'departments.kind': 'Управление или другое государственное учреждение.',

    'digitization.id': RU_SHARED.id,
    'digitization.region_id': RU_SHARED.region,
    'digitization.source_id': RU_SHARED.source,
    'digitization.note': RU_SHARED.note,
    'digitization.department_id': 'Управление: `id` в departments.csv.',
    'digitization.date': 'На какое время приведены цифры, с той точностью, что в источнике.',
    'digitization.services_total': 'Число видов государственных услуг, которые оказывает управление.',
    'digitization.services_digital': 'Из них — число видов, переведённых в электронный формат.',
    'digitization.services_not_digital':
      'Из них — число видов, которые всё ещё оказываются только в бумажном виде.',
    'digitization.status':
      'Что сообщает источник: числа, только то, что управление отстаёт, или ничего измеримого.',

    'services.id': RU_SHARED.id,
    'services.region_id': RU_SHARED.region,
    'services.source_id': RU_SHARED.source,
    'services.note': RU_SHARED.note,
    'services.department_id': 'Управление, которое оказывает услугу.',
    'services.date': 'На какое время указано состояние.',
    'services.name_kk': 'Название услуги на казахском языке.',
    'services.name_ru': 'Название услуги на русском языке.',
    'services.name_en': 'Название услуги на английском языке.',
    'services.names_translated': '`true`, если часть названий — наш перевод.',
    'services.status': 'Была ли услуга доступна в электронном формате.',

    'indicators.id': RU_SHARED.id,
    'indicators.unit': 'Единица измерения всех значений этого показателя.',
    'indicators.name_kk': 'Название показателя на казахском языке.',
    'indicators.name_ru': 'Название показателя на русском языке.',
    'indicators.name_en': 'Название показателя на английском языке.',
    'indicators.definition_kk': 'Что именно считается, на казахском языке.',
    'indicators.definition_ru': 'Что именно считается, на русском языке.',
    'indicators.definition_en': 'Что именно считается, на английском языке.',
    'indicators.role': 'Для чего показатель нужен истории, если нужен (не больше одного показателя на роль).',

    'indicator-values.id': RU_SHARED.id,
    'indicator-values.region_id': RU_SHARED.region,
    'indicator-values.source_id': RU_SHARED.source,
    'indicator-values.note': RU_SHARED.note,
    'indicator-values.indicator_id': 'Показатель: `id` в indicators.csv.',
    'indicator-values.date':
      'На какое время приведено значение, с той точностью, что в источнике, или `not-reported`.',
    'indicator-values.value': 'Значение в единицах своего показателя (проценты: от 0 до 100).',

    'villages.id': RU_SHARED.id,
    'villages.region_id': RU_SHARED.region,
    'villages.note': RU_SHARED.note,
    'villages.district_id': 'Район: `id` в districts.csv.',
    'villages.name_kk': 'Название села на казахском языке.',
    'villages.name_ru': 'Название села на русском языке.',
    'villages.name_en': 'Название села на английском языке.',
    'villages.name_en_romanized': '`true`, если английское название — наша транслитерация.',
    'villages.lat':
      'Северная широта в градусах (WGS 84), десятичный разделитель — точка. Пусто (вместе с `lon`) для места, которое не найдено ни в одной записи.',
    'villages.lon':
      'Восточная долгота в градусах (WGS 84), десятичный разделитель — точка. Пусто (вместе с `lat`) для места, которое не найдено ни в одной записи.',
    'villages.coordinate_source_id':
      'Откуда взяты координаты (для места без координат — где их искали): `id` в sources.csv.',
    'villages.coordinate_note':
      'Какая запись этого источника, например номер точки на карте OpenStreetMap; для места без координат — почему его не удалось найти.',
    'villages.coordinate_url': 'Ссылка на запись источника координат.',

    'village-statuses.source_id': RU_SHARED.source,
    'village-statuses.note': RU_SHARED.note,
    'village-statuses.id': 'Уникальный идентификатор, например `id` села и дата: `kostobe-2021-08-11`.',
    'village-statuses.village_id': 'Село: `id` в villages.csv.',
    'village-statuses.status': 'Что сообщает источник, его словами (о подключении сказано, к чему именно).',
    'village-statuses.date':
      'Когда сообщено о состоянии, с той точностью, что в источнике; `not-reported`, если источник даты не указывает.',
    'village-statuses.date_bound':
      'Только при `date` = `not-reported`, и тогда обязательно: честная граница недатированного сообщения. Одна дата значит «не позже» (например, месяц, когда страницу прочитали); интервал `START/END` — «не раньше START и не позже END». Пусто, если `date` указана.',
    'village-statuses.name_in_source':
      'Название населённого пункта в точности так, как его дал этот источник, если оно отличается от нашего прочтения в villages.csv: название, оборванное в сохранённой копии (`Кіші Көкд…`), или иное написание. Тогда страница говорит, что название — наше прочтение. Пусто, если в источнике наше название.',
    'village-statuses.note_kk':
      'Примечание `note` на казахском языке, для казахской версии страниц. Пусто, пока не переведено.',
    'village-statuses.note_ru':
      'Примечание `note` на русском языке, для русской версии страниц. Пусто, пока не переведено.',

    'source-quotes.source_id': RU_SHARED.source,
    'source-quotes.id':
      'Уникальный идентификатор, например `id` источника и то, что подтверждает цитата: `golos-naroda-17912-rural`.',
    'source-quotes.quote':
      'Слова точно так, как их печатает источник, без кавычек; «…» отмечает пропущенные слова.',
    'source-quotes.language': 'Язык цитаты (язык самого источника).',
    'source-quotes.where':
      'Где в источнике стоит цитата, например `headline`, `paragraph 3` (пишется по-английски).',
    'source-quotes.supports':
      'Строки, которые подтверждает цитата: идентификаторы строк из indicator-values.csv, village-statuses.csv, digitization.csv или services.csv через пробел. Пусто, если цитата подтверждает только утверждение в тексте.',
    'indicator-values.approximate':
      '`true`, если источник даёт значение приблизительно или круглым числом («около 22,7%», «3 мың»): страницы пишут «около». Пусто — `false`.',
  },
};
