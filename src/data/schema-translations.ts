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
        'Дереккөздер интернеті немесе мобильді интернеті жоқ деп хабарлаған елді мекендер және олардың орналасқан жері. Әр дереккөз не хабарлағаны және қашан хабарлағаны village-statuses.csv файлында.',
    },
    'village-statuses': {
      title: 'Ауылдардың жай-күйі туралы хабарлар',
      description:
        'Дереккөз ауылдағы интернет туралы не хабарлады және қашан: әр хабар — бір жол, сондықтан ауылдың тарихы сақталады. Әр ауылда кемінде бір жол бар; картада ең соңғысы көрсетіледі.',
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
    'villages.lat': 'Солтүстік ендік, градуспен (WGS 84), ондық бөлшек нүктемен бөлінеді.',
    'villages.lon': 'Шығыс бойлық, градуспен (WGS 84), ондық бөлшек нүктемен бөлінеді.',
    'villages.coordinate_source_id': 'Координаталар алынған дереккөз: sources.csv файлындағы `id`.',
    'villages.coordinate_note':
      'Сол дереккөздің қай жазбасы, мысалы, OpenStreetMap картасындағы нүктенің нөмірі.',
    'villages.coordinate_url': 'Координаталар алынған жазбаның сілтемесі.',

    ...common('village-statuses', KK_COMMON, ['source_id', 'note']),
    'village-statuses.id': 'Бірегей идентификатор, мысалы, ауылдың `id`-і және күні: `kostobe-2021-08-11`.',
    'village-statuses.village_id': 'Ауыл: villages.csv файлындағы `id`.',
    'village-statuses.status':
      'Дереккөз не хабарлайды, өз сөзімен (қосылған болса, неге қосылғаны да айтылады).',
    'village-statuses.date': 'Жай-күйі қашан хабарланды, дереккөздегідей дәлдікпен.',
    'village-statuses.name_in_source':
      'Елді мекеннің атауы осы дереккөзде қалай жазылса, дәл солай, егер ол villages.csv-дегі біздің оқуымыздан өзгеше болса: сақталған көшірмеде үзіліп қалған атау (`Кіші Көкд…`) немесе басқаша жазылған атау. Сонда бетте атау біздің оқуымыз екені айтылады. Дереккөзде біздің атау тұрса, бос қалады.',
    'village-statuses.note_kk':
      '`note` ескертпесі қазақ тілінде, беттің қазақша нұсқасы үшін. Әлі аударылмаса, бос қалады.',
    'village-statuses.note_ru':
      '`note` ескертпесі орыс тілінде, беттің орысша нұсқасы үшін. Әлі аударылмаса, бос қалады.',
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
        'Населённые пункты, о которых источники сообщали, что в них нет интернета или мобильного интернета, и их местоположение. Что и когда сообщил каждый источник — в village-statuses.csv.',
    },
    'village-statuses': {
      title: 'Сообщения о состоянии сёл',
      description:
        'Что источник сообщил об интернете в селе и когда: одна строка на каждое сообщение, поэтому история села сохраняется. У каждого села есть хотя бы одна строка; на карте показана последняя.',
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
    'villages.lat': 'Северная широта в градусах (WGS 84), десятичный разделитель — точка.',
    'villages.lon': 'Восточная долгота в градусах (WGS 84), десятичный разделитель — точка.',
    'villages.coordinate_source_id': 'Откуда взяты координаты: `id` в sources.csv.',
    'villages.coordinate_note': 'Какая запись этого источника, например номер точки на карте OpenStreetMap.',
    'villages.coordinate_url': 'Ссылка на запись источника координат.',

    ...common('village-statuses', RU_COMMON, ['source_id', 'note']),
    'village-statuses.id': 'Уникальный идентификатор, например `id` села и дата: `kostobe-2021-08-11`.',
    'village-statuses.village_id': 'Село: `id` в villages.csv.',
    'village-statuses.status': 'Что сообщает источник, его словами (о подключении сказано, к чему именно).',
    'village-statuses.date': 'Когда сообщено о состоянии, с той точностью, что в источнике.',
    'village-statuses.name_in_source':
      'Название населённого пункта в точности так, как его дал этот источник, если оно отличается от нашего прочтения в villages.csv: название, оборванное в сохранённой копии (`Кіші Көкд…`), или иное написание. Тогда страница говорит, что название — наше прочтение. Пусто, если в источнике наше название.',
    'village-statuses.note_kk':
      'Примечание `note` на казахском языке, для казахской версии страниц. Пусто, пока не переведено.',
    'village-statuses.note_ru':
      'Примечание `note` на русском языке, для русской версии страниц. Пусто, пока не переведено.',
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
