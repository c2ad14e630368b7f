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
