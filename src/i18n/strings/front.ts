import type { Lang, Region } from '../../model/types.ts';
import { defineStrings } from '../define-strings.ts';

/**
 * The story's first screen and its share card (keys `front.`). Figures arrive as {placeholders}
 * from the model; {refN} marks where a source's footnote goes. Kazakh keeps every number in front
 * of its noun, so no case ending has to attach to a placeholder; Russian uses a dash or "из них"
 * where a numeral would otherwise have to agree with its noun.
 */
export const front = defineStrings({
  kk: {
    'front.headline': 'Ауыл тұрғындары интернетке қосылды ма? {region} бойынша деректер не дейді',
    'front.lede':
      'Облыстағы ауылдардың интернетке қосылуы туралы жарияланған есептерді жинадық. Алдымен үш негізгі дерек беріледі, одан кейін әр санның дереккөзі мен ескертпелері.',
    'front.findings.heading': 'Үш негізгі дерек',
    'front.first.text':
      '{n} ауылда интернет жоқ деп хабарланды. Ол ауылдардың атаулары дереккөзде келтірілмеген.',
    'front.latest.text':
      'Біз тапқан ең соңғы есепте облыстағы {n} елді мекен мобильді интернетпен мүлде қамтылмаған деп көрсетілген.',
    'front.latest.named': 'Атауы белгілі {named} елді мекен картаға түсірілді.',
    'front.latest.allNamed': 'Олардың бәрінің атауы белгілі, олар картада көрсетілген.',
    'front.unknown.when': 'Не белгісіз',
    'front.unknown.now':
      'Ол елді мекендерде қазір интернет бар-жоғы белгісіз: бұл туралы кейінгі есеп табылмады.',
    'front.unknown.nowSome':
      'Олардың {n} елді мекені туралы кейінгі хабар табылды, бұл хабар картада көрсетілген. Қалғандарында қазір интернет бар-жоғы белгісіз: олар туралы кейінгі есеп табылмады.',
    'front.unknown.unnamed': 'Қалған {n} елді мекеннің атауы белгісіз.',
    'front.unknown.first':
      '{year} жылғы есептегі {n} ауылдың кейін интернетке қосылған-қосылмағанын біз тапқан дереккөздердің ешқайсысы хабарламайды.',
    'front.mapLink': 'Картадан қараңыз',
    'front.context.heading': '«Цифрлық Қазақстан» бағдарламасы',
    'front.context.text':
      '«Цифрлық Қазақстан» мемлекеттік бағдарламасы 2018–2022 жылдарға арналған болатын{ref1}. 2023 жылғы 28 наурызда Үкімет 2023–2029 жылдарға арналған цифрлық трансформация, ақпараттық-коммуникациялық технологиялар саласын және киберқауіпсіздікті дамыту тұжырымдамасын бекітті{ref2}.',
    'front.report.heading': 'Ауылыңызда интернет жоқ па?',
    'front.report.text':
      'Бұл туралы мемлекеттік органдарға eOtinish жүйесі арқылы жазуға болады. Жүйе тұрғындардың өтініштерін бір жерге жинайды, оны ауыл әкімдері де пайдаланады{ref1}. Электрондық үкімет порталы арқылы өтініш жіберу тәртібі {egov} сайтында жазылған{ref2}.',
    'front.card.first': '{date}: интернеті жоқ деп хабарланған ауылдар',
    'front.card.latest': '{date}: мобильді интернетпен мүлде қамтылмаған елді мекендер',
    'front.card.unnamed': 'елді мекеннің атауы белгісіз; қазіргі жағдайы да белгісіз',
    'front.card.unknown': 'Қазіргі жағдайы белгісіз',
    'front.card.sources': 'Әр санның дереккөзі сайтта көрсетілген',
  },
  ru: {
    'front.headline': 'Подключили ли сельчан к интернету? {region}: что говорят данные',
    'front.lede':
      'Мы собрали опубликованные отчёты о подключении сёл области к интернету. Сначала три главных факта, затем источник каждой цифры и оговорки.',
    'front.findings.heading': 'Три главных факта',
    'front.first.text':
      '{n} — столько сёл области, по тогдашним данным, было без интернета. Какие это сёла, источник не сообщает.',
    'front.latest.text':
      'В последнем найденном нами отчёте населённых пунктов области совсем без мобильного интернета — {n}.',
    'front.latest.named': 'Названия известны у {named} из них, они отмечены на карте.',
    'front.latest.allNamed': 'Названия всех известны, они отмечены на карте.',
    'front.unknown.when': 'Что неизвестно',
    'front.unknown.now': 'Есть ли в них интернет сейчас, неизвестно: более поздних отчётов мы не нашли.',
    'front.unknown.nowSome':
      'Населённых пунктов из их числа, о которых нашлось более позднее сообщение, — {n}; оно отмечено на карте. Есть ли интернет в остальных сейчас, неизвестно: более поздних отчётов о них мы не нашли.',
    'front.unknown.unnamed': 'Названия остальных ({n}) неизвестны.',
    'front.unknown.first':
      'Подключили ли позже сёла из отчёта {year} года ({n}), не сообщает ни один из найденных нами источников.',
    'front.mapLink': 'Смотреть на карте',
    'front.context.heading': 'Программа «Цифровой Казахстан»',
    'front.context.text':
      'Государственная программа «Цифровой Казахстан» была рассчитана на 2018–2022 годы{ref1}. 28 марта 2023 года правительство утвердило концепцию цифровой трансформации, развития отрасли информационно-коммуникационных технологий и кибербезопасности на 2023–2029 годы{ref2}.',
    'front.report.heading': 'В вашем селе нет интернета?',
    'front.report.text':
      'Об этом можно написать в государственные органы через систему eOtinish. Она собирает обращения жителей в одном месте, ею пользуются и сельские акимы{ref1}. Как отправить электронное обращение через портал электронного правительства, описано на сайте {egov}{ref2}.',
    'front.card.first': '{date}: сёла без интернета, по данным того времени',
    'front.card.latest': '{date}: населённые пункты совсем без мобильного интернета',
    'front.card.unnamed': 'названия неизвестны; как обстоят дела сейчас — тоже',
    'front.card.unknown': 'Как обстоят дела сейчас, неизвестно',
    'front.card.sources': 'Источник каждой цифры указан на сайте',
  },
  en: {
    'front.headline': 'Did village residents get the internet? What the records show for {region}',
    'front.lede':
      "We gathered the published reports on connecting the region's villages to the internet. First, three main findings; then the source of every figure, and the caveats.",
    'front.findings.heading': 'Three main findings',
    'front.first.text':
      '{n} villages in the region were reported to have no internet. The source does not name them.',
    'front.latest.text':
      'The latest report we found listed {n} settlements in the region with no mobile internet at all.',
    'front.latest.named': '{named} of them are named and shown on the map.',
    'front.latest.allNamed': 'All of them are named and shown on the map.',
    'front.unknown.when': 'What is unknown',
    'front.unknown.now': 'Whether they have internet now is unknown: we found no later report.',
    'front.unknown.nowSome':
      'For {n} of them we found a later report, shown on the map. Whether the others have internet now is unknown: we found no later report on them.',
    'front.unknown.unnamed': 'The names of the other {n} are not known.',
    'front.unknown.first':
      'None of the sources we found says whether the {n} villages in the {year} report were connected later.',
    'front.mapLink': 'See them on the map',
    'front.context.heading': 'The "Digital Kazakhstan" programme',
    'front.context.text':
      'The state programme "Digital Kazakhstan" was set for 2018–2022{ref1}. On 28 March 2023 the government approved a concept of digital transformation, development of the ICT sector and cybersecurity for 2023–2029{ref2}.',
    'front.report.heading': 'No internet in your village?',
    'front.report.text':
      'You can write to the state bodies about it through the eOtinish system. It gathers residents’ appeals in one place and is used by rural akims too{ref1}. How to send an electronic appeal through the e-government portal is explained on {egov}{ref2}.',
    'front.card.first': '{date}: villages reported without internet',
    'front.card.latest': '{date}: settlements with no mobile internet at all',
    'front.card.unnamed': 'settlements not named; how things stand now is unknown',
    'front.card.unknown': 'How things stand now is unknown',
    'front.card.sources': 'The source of every figure is on the site',
  },
});

export type FrontKey = keyof (typeof front)['kk'];

/** The raw sentence, {placeholders} kept, for components that put cited figures in them. */
export const frontText = (lang: Lang, key: FrontKey): string => front[lang][key];

/** The sentence with plain-text values filled in (for meta tags and the share image). */
export function frontFill(lang: Lang, key: FrontKey, values: Readonly<Record<string, string>> = {}): string {
  return front[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The story's headline: the h1, og:title and the share image's title are this one string. */
export const frontHeadline = (lang: Lang, region: Region): string =>
  frontFill(lang, 'front.headline', { region: region.names[lang] });
