// @ts-check
// The tags copy in src/content/**/*.mdoc may use (src/copy/tags.ts). Only the chart tag renders an
// Astro component; the others render plain HTML from the model the page passes as `copy`.
import { component, defineMarkdocConfig } from '@astrojs/markdoc/config';
import { COPY_NODES, COPY_TAGS } from './src/copy/tags.ts';

export default defineMarkdocConfig({
  nodes: COPY_NODES,
  tags: {
    ...COPY_TAGS,
    chart: { ...COPY_TAGS.chart, render: component('./src/components/charts/ChartFigure.astro') },
  },
});
