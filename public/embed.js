/*! Digital region embeds: fits our iframes to their content. Contract in src/embed/protocol.ts:
 an embed page posts {"digital-region-embed":{id,height}} on load and resize; only the iframe whose
 contentWindow sent it is resized (sandboxed frames have opaque origins). Frames already loaded are
 asked to post their height again. */
((w) => {
  if (w.digitalRegionEmbed) return;
  w.digitalRegionEmbed = 1;
  const frames = document.getElementsByTagName('iframe');
  w.addEventListener('message', (e) => {
    const m = e.data?.['digital-region-embed'];
    const h = m && +m.height;
    if (!(h > 0 && h < 1e5)) return;
    for (const f of frames) if (f.contentWindow === e.source) f.style.height = `${Math.ceil(h)}px`;
  });
  for (const f of frames) f.contentWindow?.postMessage({ 'digital-region-embed-request': 1 }, '*');
})(window);
