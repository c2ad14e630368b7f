/**
 * The one escaper for text put into markup: HTML pages, SVG and XML alike. The five entities are
 * valid in both (`&#39;`, not `&apos;`, which HTML 4 lacks), so attribute values and text nodes are
 * safe in either. Leaflet's attribution, the village-map SVG, the picture SVGs and the embed snippet
 * all use it; the tests compare built pages through it too.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
