/**
 * The message contract between an embed page and `/embed.js` on the host page. Both scripts take
 * these names from here: the embed page's inline script through define:vars (EmbedLayout.astro),
 * embed.js when it is written (host-script.ts). tests/browser/embed.test.ts checks the behaviour.
 *
 * Embed page → host: `{ [HEIGHT_MESSAGE]: { id, height } }` on load, on resize and on request.
 * Host → embed page: `{ [HEIGHT_REQUEST]: 1 }`, sent once by embed.js to frames already loaded.
 * The host matches `event.source` to each iframe's `contentWindow`, never the origin: in an iframe
 * with `sandbox="allow-scripts"` the embed page's origin is opaque ("null").
 */
export const HEIGHT_MESSAGE = 'digital-region-embed';
export const HEIGHT_REQUEST = 'digital-region-embed-request';
/** Datawrapper's message too, so hosts that already run its listener resize our frames as well. */
export const DATAWRAPPER_MESSAGE = 'datawrapper-height';
