/**
 * Frame protection for hosts that ignore `_headers` (GitHub Pages): a `<meta>` CSP cannot carry
 * `frame-ancestors`, so every non-embed page runs this tiny inline script first. When the page is
 * inside a frame it hides the page at once, and once parsed replaces it with a single link that opens
 * the page on its own site (text from `data-frame-open` on `<html>`, in the page language). Outside a
 * frame it does nothing, and without JavaScript the page reads as always. The security-headers
 * integration hashes it into each page's CSP like any inline script.
 *
 * A frame with `sandbox` but without `allow-scripts` stops this script too; only the
 * `frame-ancestors` header (on hosts that read `_headers`) closes that gap. The README says which
 * protection holds on which host.
 */
export const FRAME_GUARD =
  "(function(){if(window.top===window.self)return;var h=document.documentElement;h.style.visibility='hidden';" +
  "document.addEventListener('DOMContentLoaded',function(){var a=document.createElement('a');a.href=location.href;" +
  "a.target='_top';a.rel='noopener';a.textContent=h.getAttribute('data-frame-open')||location.href;" +
  "var m=document.createElement('main');m.appendChild(a);document.body.replaceChildren(m);h.style.visibility='';});})();";
