/**
 * The picture of a chart in one language, built once per build and shared by the SVG and PNG files,
 * the size stated in snippets and oEmbed, and the social-card tags.
 */
import { DEFAULT_WIDTH } from '../charts/definition.ts';
import { type RegisteredChart as Embeddable, prepareChart } from '../charts/registry.ts';
import { t } from '../i18n/ui.ts';
import type { Lang, Model } from '../model/types.ts';
import { chartFacts } from './chart-facts.ts';
import { type ComposedImage, composeImage } from './image.ts';
import { type Png, renderPng } from './png.ts';
import { absolute, embedPaths, isPublicSite } from './urls.ts';

const PNG_SCALE = 2;

const images = new Map<string, ComposedImage>();
const pngs = new Map<string, Png>();

export function chartImage(model: Model, lang: Lang, e: Embeddable, site: URL | undefined): ComposedImage {
  const key = `${lang}:${e.chart.id}:${site?.href ?? ''}`;
  let image = images.get(key);
  if (!image) {
    const facts = chartFacts(model, lang, e);
    image = composeImage(prepareChart(model, e.chart.id).svg(lang, DEFAULT_WIDTH), {
      title: facts.title,
      subtitle: facts.subtitle,
      footer: [
        `${facts.sourceLabel}: ${facts.sourceLine}`,
        [facts.dataAsOf, t(lang, 'embed.version', { version: facts.version })].filter(Boolean).join(' · '),
        ...(isPublicSite(site) ? [absolute(embedPaths(lang, e.chart.id).page, site)] : []),
      ],
    });
    images.set(key, image);
  }
  return image;
}

export function chartPng(model: Model, lang: Lang, e: Embeddable, site: URL | undefined): Png {
  const key = `${lang}:${e.chart.id}:${site?.href ?? ''}`;
  let png = pngs.get(key);
  if (!png) {
    png = renderPng(chartImage(model, lang, e, site).svg, PNG_SCALE);
    pngs.set(key, png);
  }
  return png;
}

/** The PNG's size without rendering it: the composed SVG's size times the scale. */
export function pngSizeOf(image: ComposedImage): { width: number; height: number } {
  return { width: image.width * PNG_SCALE, height: image.height * PNG_SCALE };
}
