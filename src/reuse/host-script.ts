/**
 * `embed.js`, the host-page script, written from the protocol's names (src/reuse/protocol.ts) so the
 * two sides of the contract cannot drift apart. It resizes only the iframe whose `contentWindow`
 * sent the message: sandboxed frames have opaque origins, so origin checks would match nothing.
 */
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from './protocol.ts';

const name = (s: string) => JSON.stringify(s);

export const HOST_SCRIPT_SOURCE = `/*! Digital region embeds: fits our iframes to their content (contract: src/reuse/protocol.ts). */
((w) => {
  if (w.digitalRegionEmbed) return;
  w.digitalRegionEmbed = 1;
  const frames = document.getElementsByTagName('iframe');
  w.addEventListener('message', (e) => {
    const m = e.data?.[${name(HEIGHT_MESSAGE)}];
    const h = m && +m.height;
    if (!(h > 0 && h < 1e5)) return;
    for (const f of frames) if (f.contentWindow === e.source) f.style.height = \`\${Math.ceil(h)}px\`;
  });
  for (const f of frames) f.contentWindow?.postMessage({ [${name(HEIGHT_REQUEST)}]: 1 }, '*');
})(window);
`;
