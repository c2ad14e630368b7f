/**
 * Kazakh and Russian text of the data dictionary: every table's title and description and every
 * field's description in `TABLES`. The English stays in `schema.ts`, the single English source that
 * also feeds `datapackage.json`; these are its translations, shown on the kk and ru /data/ pages.
 * Keys are table names and `table.field`; `tests/data/schema-translations.test.ts` checks that every
 * table and field has both translations and that no key is left over from a renamed one.
 * Column names, ids, file names and tokens such as `not-reported` and `true` stay as they are,
 * in backticks where the English has them.
 */
import type { Lang } from './langs.ts';
import type { FieldSpec, TableName, TableSpec } from './schema.ts';

export type TranslatedLang = Exclude<Lang, 'en'>;

export interface TableText {
  readonly title: string;
  readonly description: string;
}

interface Translation {
  readonly tables: Readonly<Record<TableName, TableText>>;
  /** Keyed by `table.field`, e.g. `sources.id`. */
  readonly fields: Readonly<Record<string, string>>;
}

/** The three `name_*` columns of a table, given "Name of the … in Kazakh/Russian/English". */
function names(table: TableName, [kk, ru, en]: readonly [string, string, string]): Record<string, string> {
  return { [`${table}.name_kk`]: kk, [`${table}.name_ru`]: ru, [`${table}.name_en`]: en };
}

/** The columns every table (or most) shares, written once per language as schema.ts does. */
function common(
  table: TableName,
  text: { id: string; region: string; source: string; note: string },
  columns: readonly ('id' | 'region_id' | 'source_id' | 'note' | 'notes')[],
): Record<string, string> {
  const byColumn = {
    id: text.id,
    region_id: text.region,
    source_id: text.source,
    note: text.note,
    notes: text.note,
  };
  return Object.fromEntries(columns.map((c) => [`${table}.${c}`, byColumn[c]]));
}

const KK_COMMON = {
  id: 'Бірегей идентификатор: кіші латын әріптері, цифрлар және дефистер.',
  region: 'Облыс: regions.csv файлындағы `id`.',
  source: 'Осы жолдың дереккөзі: sources.csv файлындағы `id`.',
  note: 'Еркін мәтінмен жазылған ескерту, ағылшын тілінде. Міндетті емес.',
};

const RU_COMMON = {
  id: 'Уникальный идентификатор: строчные латинские буквы, цифры и дефисы.',
  region: 'Область: `id` в regions.csv.',
  source: 'Источник этой строки: `id` в sources.csv.',
  note: 'Оговорка в свободной форме, на английском языке. Необязательно.',
};

const KK: Translation = {
  tables: {
    sources: {
      title: 'Дереккөздер',
      description:
        'Әрбір сан, атау немесе координата алынған жарияланымдар, деректер жинақтары мен карталар.',
    },
    regions: {
      title: 'Облыстар',
      description: 'Сайт қамтитын ел және оның облыстары.',
    },
    districts: {
      title: 'Аудандар',
      description: 'Аудандар және облыстық маңызы бар қалалар.',
    },
    departments: {
      title: 'Басқармалар',
      description: 'Облыс әкімдігінің басқармалары мен мекемелері.',
    },
    digitization: {
      title: 'Басқармалар бойынша мемлекеттік қызметтердің электрондық форматқа көшірілуі',
      description:
        'Басқарма мемлекеттік қызметтердің қанша түрін электрондық форматта көрсететіні туралы дереккөз хабарлаған мәліметтер. Дереккөз бермеген сандар 0 деп емес, `not-reported` («дерек берілмеген») деп жазылады.',
    },
    services: {
      title: 'Дереккөздерде аталған мемлекеттік қызметтер',
      description: 'Дереккөз атап көрсеткен жекелеген қызметтер және олардың сол кездегі жай-күйі.',
    },
    indicators: {
      title: 'Көрсеткіштер',
      description: 'Өлшенетін шамалардың анықтамалары. Анықтамасы басқа болса, көрсеткіш те басқа.',
    },
    'indicator-values': {
      title: 'Көрсеткіштердің мәндері',
      description: 'Көрсеткіштердің уақыт бойынша мәндері, әр мәннің дереккөзі көрсетілген.',
    },
    villages: {
      title: 'Ауылдар және олардың орналасқан жері',
      description:
        'Интернеті туралы баспасөз хабарлаған елді мекендер және олардың орналасқан жері. Әр дереккөз не хабарлағаны және қашан хабарлағаны village-statuses.csv файлында.',
    },
    'village-statuses': {
      title: 'Ауылдардың жай-күйі туралы хабарлар',
      description:
        'Дереккөз ауылдағы интернет туралы не хабарлады және қашан: әр хабар — бір жол, сондықтан ауылдың тарихы сақталады. Әр ауылда кемінде бір жол бар; картада күні көрсетілген хабарлардың ең соңғысы көрсетіледі. Дереккөзінде күні көрсетілмеген хабардың `date` ұяшығында `not-reported`, ал `date_bound` ұяшығында шегі жазылады; ондай хабар күні бар хабардан ешқашан «соңғы» болып саналмайды.',
    },
    'source-quotes': {
      title: 'Дереккөздерден алынған дәйексөздер',
      description:
        'Сайттағы сан не тұжырым сүйенетін қысқа дәйексөздер, дереккөздегі сөзбе-сөз, түпнұсқа тілінде: әр дәйексөз — бір жол, оқырман санды дереккөздің өз сөзімен салыстыра алады.',
    },
  },
  fields: {
    ...common('sources', KK_COMMON, ['id']),
    'sources.title': 'Жарияланған күйіндегі атауы, түпнұсқа тілінде.',
    'sources.publisher': 'Кім жариялаған. Мәлімет сақталмаса, бос қалады.',
    'sources.url': 'Веб-мекенжайы (HTTP немесе HTTPS). Мәлімет сақталмаса, бос қалады.',
    'sources.language': 'Дереккөздің тілі.',
    'sources.published': 'Жарияланған күні, белгілі болғанынша дәл, немесе `not-reported`.',
    'sources.accessed': 'Біз оны оқыған күн немесе `not-reported`.',
    'sources.notes':
      'Дереккөздің не екені және кез келген ескерту, ағылшын тілінде. Сайтта беттің тілінде аудармасы көрсетіледі.',

    'sources.title_kind':
      '`headline`: `title` бағанында жарияланған күйіндегі тақырып тұр; `description`: тақырып сақталмаған, `title` бағанында біздің ағылшынша сипаттамамыз тұр. Бос болса, `headline`.',
    'sources.title_kk':
      'Тақырып сақталса: оның қазақша мағынасы, түпнұсқа тақырыптың жанында жақша ішінде көрсетіледі (дереккөз қазақ тілінде болса, бос қалады). Сипаттама болса: қазақша беттерде `title` орнына көрсетілетін мәтін.',
    'sources.title_ru':
      'Тақырып сақталса: оның орысша мағынасы, түпнұсқа тақырыптың жанында жақша ішінде көрсетіледі (дереккөз орыс тілінде болса, бос қалады). Сипаттама болса: орысша беттерде `title` орнына көрсетілетін мәтін.',
    'sources.title_en':
      'Тақырып сақталса: оның ағылшынша мағынасы, түпнұсқа тақырыптың жанында жақша ішінде көрсетіледі (дереккөз ағылшын тілінде болса, бос қалады). Сипаттама болса: ағылшынша беттерде `title` орнына көрсетілетін мәтін.',
    'sources.publisher_kk':
      'Жариялаушының атауы қазақша беттерде `publisher` бағанынан өзгеше жазылса, сол жазылуы.',
    'sources.publisher_ru':
      'Жариялаушының атауы орысша беттерде `publisher` бағанынан өзгеше жазылса, сол жазылуы.',
    'sources.note_kk':
      'Дереккөздің не екені және ескертулер, қазақша беттер үшін. Бос болса, ескерту көрсетілмейді.',
    'sources.note_ru':
      'Дереккөздің не екені және ескертулер, орысша беттер үшін. Бос болса, ескерту көрсетілмейді.',
    'sources.note_en':
      'Дереккөздің не екені және ескертулер, ағылшынша беттер үшін. Бос болса, `notes` көрсетіледі.',

    ...common('regions', KK_COMMON, ['id', 'source_id']),
    'regions.level': 'Әкімшілік деңгейі.',
    'regions.parent_id': 'Жоғары тұрған әкімшілік бірлік (осы файлдағы `id`); ел үшін бос.',
    ...names('regions', ['Облыстың қазақша атауы.', 'Облыстың орысша атауы.', 'Облыстың ағылшынша атауы.']),
    'regions.short_name_kk': 'Тақырыптарда қолданылатын қысқа атауы, қазақша (мысалы, «облысы» сөзінсіз).',
    'regions.short_name_ru': 'Тақырыптарда қолданылатын қысқа атауы, орысша.',
    'regions.short_name_en': 'Тақырыптарда қолданылатын қысқа атауы, ағылшынша.',
    'regions.iso_3166_2': 'ISO 3166-2 коды, мысалы, KZ-31.',
    'regions.kato': 'Әкімшілік-аумақтық объектілердің ұлттық жіктеуішіндегі коды (KATO).',

    ...common('districts', KK_COMMON, ['id', 'region_id', 'source_id']),
    ...names('districts', ['Ауданның қазақша атауы.', 'Ауданның орысша атауы.', 'Ауданның ағылшынша атауы.']),
    'districts.kato': 'Ауданның KATO коды.',

    ...common('departments', KK_COMMON, ['id', 'region_id', 'source_id', 'notes']),
    ...names('departments', [
      'Басқарманың қазақша атауы.',
      'Басқарманың орысша атауы.',
      'Басқарманың ағылшынша атауы.',
    ]),
    'departments.names_translated':
      'Орысша және ағылшынша атаулары ресми атау емес, біз жасаған аударма болса, `true`.',
    'departments.kind': 'Басқарма немесе өзге мемлекеттік мекеме.',

    ...common('digitization', KK_COMMON, ['id', 'region_id', 'source_id', 'note']),
    'digitization.department_id': 'Басқарма: departments.csv файлындағы `id`.',
    'digitization.date': 'Сандар қай кезге қатысты, дереккөздегідей дәлдікпен.',
    'digitization.services_total': 'Басқарма көрсететін мемлекеттік қызмет түрлерінің саны.',
    'digitization.services_digital': 'Олардың ішінде электрондық форматқа көшірілген түрлерінің саны.',
    'digitization.services_not_digital': 'Олардың ішінде әлі тек қағаз түрінде көрсетілетін түрлерінің саны.',
    'digitization.status':
      'Дереккөз не дейді: сандарды береді, тек артта қалғанын айтады немесе өлшеуге келетін ештеңе бермейді.',

    ...common('services', KK_COMMON, ['id', 'region_id', 'source_id', 'note']),
    'services.department_id': 'Қызметті көрсететін басқарма.',
    'services.date': 'Жай-күйі қай кезге қатысты.',
    ...names('services', [
      'Қызметтің қазақша атауы.',
      'Қызметтің орысша атауы.',
      'Қызметтің ағылшынша атауы.',
    ]),
    'services.names_translated': 'Атаулардың кейбірі біз жасаған аударма болса, `true`.',
    'services.status': 'Қызмет электрондық форматта қолжетімді болды ма.',

    ...common('indicators', KK_COMMON, ['id']),
    'indicators.unit': 'Осы көрсеткіштің барлық мәндерінің өлшем бірлігі.',
    ...names('indicators', [
      'Көрсеткіштің қазақша атауы.',
      'Көрсеткіштің орысша атауы.',
      'Көрсеткіштің ағылшынша атауы.',
    ]),
    'indicators.definition_kk': 'Нақты не саналатыны, қазақша.',
    'indicators.definition_ru': 'Нақты не саналатыны, орысша.',
    'indicators.definition_en': 'Нақты не саналатыны, ағылшынша.',
    'indicators.role':
      'Әңгіме көрсеткішті не үшін пайдаланады (бар болса; әр рөлге бір көрсеткіштен артық емес).',

    ...common('indicator-values', KK_COMMON, ['id', 'region_id', 'source_id', 'note']),
    'indicator-values.indicator_id': 'Көрсеткіш: indicators.csv файлындағы `id`.',
    'indicator-values.date': 'Мән қай кезге қатысты, дереккөздегідей дәлдікпен, немесе `not-reported`.',
    'indicator-values.value': 'Мәні, өз көрсеткішінің өлшем бірлігімен (пайыз: 0-ден 100-ге дейін).',

    ...common('villages', KK_COMMON, ['id', 'region_id', 'note']),
    'villages.district_id': 'Аудан: districts.csv файлындағы `id`.',
    ...names('villages', ['Ауылдың қазақша атауы.', 'Ауылдың орысша атауы.', 'Ауылдың ағылшынша атауы.']),
    'villages.name_en_romanized': 'Ағылшынша атауы біз жасаған транслитерация болса, `true`.',
    'villages.lat':
      'Солтүстік ендік, градуспен (WGS 84), ондық бөлшек нүктемен бөлінеді. Орны ешбір жазбада табылмаған елді мекен үшін `lon` екеуі де бос қалады.',
    'villages.lon':
      'Шығыс бойлық, градуспен (WGS 84), ондық бөлшек нүктемен бөлінеді. Орны ешбір жазбада табылмаған елді мекен үшін `lat` екеуі де бос қалады.',
    'villages.coordinate_source_id':
      'Координаталар алынған (координатасы жоқ елді мекен үшін — ізделген) дереккөз: sources.csv файлындағы `id`.',
    'villages.coordinate_note':
      'Сол дереккөздің қай жазбасы, мысалы, OpenStreetMap картасындағы нүктенің нөмірі; координатасы жоқ елді мекен үшін — оның орны неге табылмағаны.',
    'villages.coordinate_url': 'Координаталар алынған жазбаның сілтемесі.',

    ...common('village-statuses', KK_COMMON, ['source_id', 'note']),
    'village-statuses.id': 'Бірегей идентификатор, мысалы, ауылдың `id`-і және күні: `kostobe-2021-08-11`.',
    'village-statuses.village_id': 'Ауыл: villages.csv файлындағы `id`.',
    'village-statuses.status':
      'Дереккөз не хабарлайды, өз сөзімен (қосылған болса, неге қосылғаны да айтылады).',
    'village-statuses.date':
      'Жай-күйі қашан хабарланды, дереккөздегідей дәлдікпен; дереккөзде күні көрсетілмесе, `not-reported`.',
    'village-statuses.date_bound':
      'Тек `date` ұяшығында `not-reported` болғанда жазылады және сонда міндетті: күні көрсетілмеген хабардың шынайы шегі. Бір күн «одан кешіктірмей» дегенді білдіреді (мысалы, бет оқылған ай); `START/END` аралығы «START-тан ерте емес, END-тен кеш емес» дегенді білдіреді. `date` берілсе, бос қалады.',
    'village-statuses.name_in_source':
      'Елді мекеннің атауы осы дереккөзде қалай жазылса, дәл солай, егер ол villages.csv-дегі біздің оқуымыздан өзгеше болса: сақталған көшірмеде үзіліп қалған атау (`Кіші Көкд…`) немесе басқаша жазылған атау. Сонда бетте атау біздің оқуымыз екені айтылады. Дереккөзде біздің атау тұрса, бос қалады.',
    'village-statuses.note_kk':
      '`note` ескертпесі қазақ тілінде, беттің қазақша нұсқасы үшін. Әлі аударылмаса, бос қалады.',
    'village-statuses.note_ru':
      '`note` ескертпесі орыс тілінде, беттің орысша нұсқасы үшін. Әлі аударылмаса, бос қалады.',

    ...common('source-quotes', KK_COMMON, ['source_id']),
    'source-quotes.id':
      'Бірегей идентификатор, мысалы, дереккөздің `id`-і және дәйексөз нені растайтыны: `golos-naroda-17912-rural`.',
    'source-quotes.quote':
      'Дереккөз жазғандай, сөзбе-сөз, тырнақшасыз; «…» белгісі түсіп қалған сөздердің орнын білдіреді.',
    'source-quotes.language': 'Дәйексөздің тілі (дереккөздің өз тілі).',
    'source-quotes.where':
      'Дәйексөз дереккөздің қай жерінде тұр, мысалы, `headline`, `paragraph 3` (ағылшынша жазылады).',
    'source-quotes.supports':
      'Дәйексөз дәлелдейтін жолдар: indicator-values.csv, village-statuses.csv, digitization.csv немесе services.csv файлдарындағы жолдардың идентификаторлары, бос орынмен бөлінеді. Тек мәтіндегі тұжырымға қатысты болса, бос қалады.',
    'indicator-values.approximate':
      'Дереккөз мәнді шамамен немесе дөңгелек сан ретінде берсе («3 мыңға жуық», «около 22,7%»), `true`: беттерде «шамамен» деп жазылады. Бос болса, `false`.',
  },
};

const RU: Translation = {
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
    ...common('sources', RU_COMMON, ['id']),
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

    ...common('regions', RU_COMMON, ['id', 'source_id']),
    'regions.level': 'Административный уровень.',
    'regions.parent_id': 'Единица, в которую входит эта (`id` в этом же файле); для страны пусто.',
    ...names('regions', [
      'Название области на казахском языке.',
      'Название области на русском языке.',
      'Название области на английском языке.',
    ]),
    'regions.short_name_kk': 'Краткое название для заголовков, на казахском языке (например, без «облысы»).',
    'regions.short_name_ru': 'Краткое название для заголовков, на русском языке.',
    'regions.short_name_en': 'Краткое название для заголовков, на английском языке.',
    'regions.iso_3166_2': 'Код ISO 3166-2, например KZ-31.',
    'regions.kato': 'Код в национальном классификаторе административно-территориальных объектов (КАТО).',

    ...common('districts', RU_COMMON, ['id', 'region_id', 'source_id']),
    ...names('districts', [
      'Название района на казахском языке.',
      'Название района на русском языке.',
      'Название района на английском языке.',
    ]),
    'districts.kato': 'Код КАТО района.',

    ...common('departments', RU_COMMON, ['id', 'region_id', 'source_id', 'notes']),
    ...names('departments', [
      'Название управления на казахском языке.',
      'Название управления на русском языке.',
      'Название управления на английском языке.',
    ]),
    'departments.names_translated':
      '`true`, если русское и английское названия — наш перевод, а не официальные названия.',
    'departments.kind': 'Управление или другое государственное учреждение.',

    ...common('digitization', RU_COMMON, ['id', 'region_id', 'source_id', 'note']),
    'digitization.department_id': 'Управление: `id` в departments.csv.',
    'digitization.date': 'На какое время приведены цифры, с той точностью, что в источнике.',
    'digitization.services_total': 'Число видов государственных услуг, которые оказывает управление.',
    'digitization.services_digital': 'Из них — число видов, переведённых в электронный формат.',
    'digitization.services_not_digital':
      'Из них — число видов, которые всё ещё оказываются только в бумажном виде.',
    'digitization.status':
      'Что сообщает источник: числа, только то, что управление отстаёт, или ничего измеримого.',

    ...common('services', RU_COMMON, ['id', 'region_id', 'source_id', 'note']),
    'services.department_id': 'Управление, которое оказывает услугу.',
    'services.date': 'На какое время указано состояние.',
    ...names('services', [
      'Название услуги на казахском языке.',
      'Название услуги на русском языке.',
      'Название услуги на английском языке.',
    ]),
    'services.names_translated': '`true`, если часть названий — наш перевод.',
    'services.status': 'Была ли услуга доступна в электронном формате.',

    ...common('indicators', RU_COMMON, ['id']),
    'indicators.unit': 'Единица измерения всех значений этого показателя.',
    ...names('indicators', [
      'Название показателя на казахском языке.',
      'Название показателя на русском языке.',
      'Название показателя на английском языке.',
    ]),
    'indicators.definition_kk': 'Что именно считается, на казахском языке.',
    'indicators.definition_ru': 'Что именно считается, на русском языке.',
    'indicators.definition_en': 'Что именно считается, на английском языке.',
    'indicators.role': 'Для чего показатель нужен истории, если нужен (не больше одного показателя на роль).',

    ...common('indicator-values', RU_COMMON, ['id', 'region_id', 'source_id', 'note']),
    'indicator-values.indicator_id': 'Показатель: `id` в indicators.csv.',
    'indicator-values.date':
      'На какое время приведено значение, с той точностью, что в источнике, или `not-reported`.',
    'indicator-values.value': 'Значение в единицах своего показателя (проценты: от 0 до 100).',

    ...common('villages', RU_COMMON, ['id', 'region_id', 'note']),
    'villages.district_id': 'Район: `id` в districts.csv.',
    ...names('villages', [
      'Название села на казахском языке.',
      'Название села на русском языке.',
      'Название села на английском языке.',
    ]),
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

    ...common('village-statuses', RU_COMMON, ['source_id', 'note']),
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

    ...common('source-quotes', RU_COMMON, ['source_id']),
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

export const SCHEMA_TRANSLATIONS: Readonly<Record<TranslatedLang, Translation>> = { kk: KK, ru: RU };

/** A table's title and description in `lang`; for `en`, the schema's own English. */
export function describeTable(lang: Lang, table: TableSpec): TableText {
  if (lang === 'en') return { title: table.title, description: table.description };
  return SCHEMA_TRANSLATIONS[lang].tables[table.name];
}

/**
 * A field's description in `lang`; for `en`, the schema's own English. A field with no translation
 * throws, so a new column cannot reach the kk or ru page in English unmarked.
 */
export function describeField(lang: Lang, table: TableSpec, field: FieldSpec): string {
  if (lang === 'en') return field.description;
  const text = SCHEMA_TRANSLATIONS[lang].fields[`${table.name}.${field.name}`];
  if (!text)
    throw new Error(`no ${lang} translation of ${table.name}.${field.name} in schema-translations.ts`);
  return text;
}

/** Splits text on backticks: odd pieces were `code` and render as code elements. */
export function codeSpans(text: string): { readonly text: string; readonly code: boolean }[] {
  return text
    .split('`')
    .map((piece, i) => ({ text: piece, code: i % 2 === 1 }))
    .filter((s) => s.text !== '');
}
