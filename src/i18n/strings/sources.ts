/**
 * How each source reads on a page in each language, keyed by its id in data/sources.csv. The data
 * keeps one title (as published, in the source's language) and an English note for maintainers; a
 * Kazakh or Russian reader needs those in their own language:
 * - `translation`: the title's meaning, shown in brackets beside the original title;
 * - `description`: for a source whose headline was not preserved (its data title is our English
 *   description), what the page shows instead of that title;
 * - `publisher`: the publisher's name where it reads differently in the language;
 * - `note`: what the source is and its caveats, as the data's note says them.
 * A source missing here shows no translation, and no English note, on a Kazakh or Russian page;
 * tests/i18n/source-strings.test.ts fails for every source in data/ without kk and ru strings.
 */
import type { Lang } from '../../model/types.ts';

export interface SourceStrings {
  readonly translation?: string;
  readonly description?: string;
  readonly publisher?: string;
  readonly note?: string;
}

export const SOURCE_STRINGS: Readonly<Record<string, Partial<Record<Lang, SourceStrings>>>> = {
  'akimat-meeting-2018': {
    kk: {
      note: 'Облыс әкімі Асқар Мырзахметов төрағалық еткен, «Цифрлық Қазақстан» бағдарламасының облыста орындалуына арналған жиын туралы мақала. Жариялаушысы мен сілтемесі сақталмаған. Күні мен айы көрсетілмеген; жылы мақала «биылғы» деп атайтын 2018 жылғы Президент Жолдауы бойынша анықталды. Тақырыптағы «қазақстан» сөзі түпнұсқадағыдай кіші әріппен берілді.',
    },
    ru: {
      translation: '[Нельзя равнодушно относиться к программе «Цифровой Казахстан»]',
      note: 'Статья на казахском языке о совещании в акимате области, посвящённом выполнению программы «Цифровой Казахстан»; вёл совещание аким области Аскар Мырзахметов. Издатель и ссылка не сохранились. День и месяц не указаны; год установлен по Посланию Президента 2018 года, которое статья называет «нынешним».',
    },
    en: {
      translation: '[The “Digital Kazakhstan” programme must not be neglected]',
      note: 'Kazakh news article on a meeting at the regional akimat, chaired by akim Askar Myrzakhmetov, on how the “Digital Kazakhstan” programme is carried out. Publisher and address not preserved. No day or month given; the year comes from the President’s Address of 2018, which the article calls “this year”.',
    },
  },
  'mayak1932-11412': {
    kk: {
      note: 'Облыс әкімі Нұржан Нұржігітов төрағалық еткен, ауылдардағы интернетке арналған жиын туралы мақала. Бетте күні көрсетілмеген: жарияланған уақыты әкімнің қызмет мерзімі бойынша шамамен анықталды (ол облыс әкімі болып 2022 жылы тағайындалып, 2023 жылғы 4 қыркүйекте министр болды). Сақталған үзінді тізімнің ортасында үзіледі, сондықтан мобильді интернеті жоқ 11 елді мекеннің төртеуінің атауы белгісіз.',
    },
    ru: {
      translation: '[163 населённых пункта области обеспечат мобильным интернетом 4G]',
      note: 'Статья на казахском языке о совещании по интернету в сёлах, которое вёл аким области Нуржан Нуржигитов. Дата на странице не указана: время публикации определено приблизительно по сроку его полномочий (назначен акимом в 2022 году, 4 сентября 2023 года стал министром). Сохранённый фрагмент обрывается посреди списка, поэтому названия четырёх из 11 населённых пунктов без мобильного интернета неизвестны.',
    },
    en: {
      translation: '[163 settlements in the region to get 4G mobile internet]',
      note: 'Kazakh regional news article on a meeting on rural internet chaired by akim Nurzhan Nurzhigitov. The page shows no date: it is dated approximately by his term (appointed akim in 2022, he became a minister on 4 September 2023). The stored excerpt stops mid-list, so 4 of the 11 settlements without mobile internet are unnamed.',
    },
  },
  'egemen-2021-08-11': {
    kk: {
      note: 'Көлқайнар ауылдық округіндегі Қостөбе ауылының интернетке қосылуды күтіп отырғаны туралы мақала.',
    },
    ru: {
      translation: '[Когда подключат к интернету село Костобе?]',
      note: 'Статья на казахском языке о селе Костобе (Колкайнарский сельский округ), которое ждало подключения к интернету.',
    },
    en: {
      translation: '[When will Qostobe village be connected to the internet?]',
      note: 'Kazakh news article on Qostobe village (Kolkainar rural okrug), which was waiting to be connected to the internet.',
    },
  },
  'jambyltv-28523': {
    kk: {
      description: 'jambyltv.kz, № 28523 жаңалық (тақырыбы сақталмаған)',
      note: 'Облыс әкімдігіндегі аппарат жиналысы туралы өңірлік телеарнаның жаңалығы. Сақталған көшірмеде күні жоқ (жылдың соңына бірнеше ай қалғаны айтылады, 2027 жылға дейінгі қажеттіліктер аталады). Ондағы елді мекендердің жалпы саны (367) mayak1932.kz мақаласындағы саннан (371) өзгеше.',
    },
    ru: {
      description: 'сюжет jambyltv.kz № 28523 (заголовок не сохранился)',
      note: 'Сюжет регионального телеканала о планёрке в акимате области. В сохранённой копии нет даты (говорится, что до конца года осталось несколько месяцев, и упоминаются потребности до 2027 года). Общее число населённых пунктов в нём (367) отличается от статьи mayak1932.kz (371).',
    },
    en: {
      description: 'jambyltv.kz news item 28523 (headline not preserved)',
      note: 'Regional TV news on a staff meeting at the regional akimat. Undated in the stored copy (it says a few months of the year remain and mentions needs up to 2027). Its settlement total (367) differs from that of mayak1932.kz (371).',
    },
  },
  'kazinform-2022-06-09': {
    kk: {
      translation: '[Қазақстандықтардың цифрлық сауаттылығы — 85,3%]',
      note: 'Energyprom.kz деректеріне сүйенген ағылшын тіліндегі жаңалық: республика бойынша 6 жастан асқан тұрғындардың (2018, 2020, 2021 жж.) және 6–74 жастағы тұрғындардың (2021 ж.) цифрлық сауаттылығы. Облыс бойынша мән келтірілмеген.',
    },
    ru: {
      translation: '[Уровень цифровой грамотности казахстанцев — 85,3%]',
      note: 'Новость на английском языке со ссылкой на Energyprom.kz: цифровая грамотность по стране среди жителей в возрасте 6 лет и старше (2018, 2020, 2021 гг.) и 6–74 лет (2021 г.). Значения по области нет.',
    },
    en: {
      note: 'English news item citing Energyprom.kz: national digital literacy for ages 6 and over (2018, 2020, 2021) and ages 6–74 (2021). No value for the region.',
    },
  },
  'sozmedia-45797': {
    kk: {
      description: 'sozmedia.kz, № 45797 мақала (тақырыбы сақталмаған)',
      note: 'Орыс тіліндегі мақала, сақталған көшірмесінде күні жоқ; 2023 жылғы деректерді келтіреді: республика бойынша 6–74 жастағы тұрғындардың цифрлық сауаттылығы (2018, 2019, 2021, 2023 жж.) және бұл көрсеткіштің қалай есептелетіні. Облыс бойынша мән келтірілмеген.',
    },
    ru: {
      description: 'статья sozmedia.kz № 45797 (заголовок не сохранился)',
      note: 'Статья на русском языке, в сохранённой копии без даты; приводит данные 2023 года: цифровая грамотность по стране среди жителей в возрасте 6–74 лет (2018, 2019, 2021, 2023 гг.) и как рассчитывается этот показатель. Значения по области нет.',
    },
    en: {
      description: 'sozmedia.kz article 45797 (headline not preserved)',
      note: 'Russian-language article, undated in the stored copy, reporting 2023 data: national digital literacy for ages 6–74 (2018, 2019, 2021, 2023) and how the indicator is defined. No value for the region.',
    },
  },
  openstreetmap: {
    kk: {
      translation: '[Қазақстанның елді мекендері, HOT экспорты]',
      publisher: 'OpenStreetMap қатысушылары',
      note: 'Ауылдардың координаталары: әр ауылға OpenStreetMap картасының бір нүктесі (сілтемесі әр жолда берілген); © OpenStreetMap қатысушылары, ODbL лицензиясы. HOT экспортының GitHub-тағы көшірмесінен алынды (Nurtugann/Tracking_heatmap, 69f8282 нұсқасы); экспорт күні белгісіз.',
    },
    ru: {
      translation: '[Населённые пункты Казахстана, выгрузка HOT]',
      publisher: 'участники OpenStreetMap',
      note: 'Координаты сёл: по одной точке OpenStreetMap на село (ссылка приведена в каждой строке); © участники OpenStreetMap, лицензия ODbL. Взяты из копии выгрузки HOT на GitHub (Nurtugann/Tracking_heatmap, версия 69f8282); дата выгрузки неизвестна.',
    },
    en: {
      note: 'Village coordinates, one OpenStreetMap node per village (linked on each row); © OpenStreetMap contributors, ODbL. Read from the copy of the HOT export on GitHub (Nurtugann/Tracking_heatmap, commit 69f8282); export date not known.',
    },
  },
  geonames: {
    kk: {
      translation: '[GeoNames географиялық атаулар анықтамалығы: тұрғыны 500-ден асатын елді мекендер]',
      note: 'Қалалар анықтамалығы, CC BY 4.0 лицензиясы. Онда облыстың қалалары бар, бірақ мұндағы ауылдардың ішінен тек Шығанақ қана бар (GeoNames, № 1537856); оның OpenStreetMap бойынша координаталарын тексеру үшін пайдаланылды.',
    },
    ru: {
      translation:
        '[справочник географических названий GeoNames: населённые пункты с населением от 500 человек]',
      note: 'Справочник городов, лицензия CC BY 4.0. В нём есть города области, но из здешних сёл только Шыганак (GeoNames № 1537856); по нему проверены его координаты из OpenStreetMap.',
    },
    en: {
      note: 'Gazetteer of towns, CC BY 4.0. It holds the region’s towns but none of the villages here except Shyganak (GeoNames 1537856), used as a cross-check of its OpenStreetMap coordinates.',
    },
  },
  'natural-earth': {
    kk: {
      translation: '[облыстардың шекаралары, 1:10 000 000 масштаб]',
      note: 'Облыстың шекарасы; авторлық құқықпен қорғалмайды (қоғам игілігі). Облыстар 2022 жылғы өзгерістерге дейінгі күйінде, облыс ISO 3166-2 стандартының ескі кодымен белгіленген.',
    },
    ru: {
      translation: '[границы областей, масштаб 1:10 000 000]',
      note: 'Граница области; общественное достояние. Области показаны до изменений 2022 года, область обозначена старым кодом ISO 3166-2.',
    },
    en: {
      note: 'Region outline, public domain. Regions as before the 2022 changes; the region carries its older ISO 3166-2 code.',
    },
  },
  geokz: {
    kk: {
      translation: '[R тіліне арналған Қазақстан карталарының пакеті]',
      publisher: 'Александр Родионов',
      note: 'R тіліне арналған пакет, CC BY 4.0 лицензиясы: Ұлттық статистика бюросының деректеріне негізделген 2018 жылғы әкімшілік-аумақтық бөліністің облыс және аудан атаулары (қазақша, орысша, ағылшынша) мен ҚАТО кодтары. Шекаралардың бастапқы дереккөзінің лицензиясы расталмаған.',
    },
    ru: {
      translation: '[пакет для языка R с картами Казахстана]',
      publisher: 'Александр Родионов',
      note: 'Пакет для языка R, лицензия CC BY 4.0: названия областей и районов (на казахском, русском и английском) и коды КАТО по административно-территориальному делению 2018 года, по данным Бюро национальной статистики. Лицензия исходных границ не подтверждена.',
    },
    en: {
      note: 'R package, CC BY 4.0: region and district names (kk, ru, en) and KATO codes of the 2018 division, based on the Bureau of National Statistics. Licence of its upstream boundaries not confirmed.',
    },
  },
};
