/**
 * The message contract between an embed page and `public/embed.js` on the host page. Both scripts
 * are hand-written (one inline in the embed page, one served as a file under 1 KB), so these names
 * are checked against both by tests/reuse/protocol.test.ts.
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
