/**
 * The copy-paste embed code: an iframe that works alone at a sensible height, the host script that
 * fits it to its content, and an image for readers and feed readers that run no script.
 */
import { escapeHtml } from '../escape.ts';

export interface SnippetInput {
  readonly id: string;
  readonly title: string;
  readonly pageUrl: string;
  readonly scriptUrl: string;
  /** The PNG, with its size in CSS pixels (half its pixels: it is drawn at 2×). */
  readonly image: { readonly url: string; readonly width: number; readonly height: number };
  readonly alt: string;
  readonly height: number;
}

export function embedSnippet(s: SnippetInput): string {
  const a = escapeHtml;
  return [
    `<iframe src="${a(s.pageUrl)}" title="${a(s.title)}" loading="lazy" width="100%" height="${s.height}"`,
    ` style="width:100%;min-width:100%;border:0" data-embed-id="${a(s.id)}"></iframe>`,
    `\n<script src="${a(s.scriptUrl)}" async></script>`,
    `\n<noscript><img src="${a(s.image.url)}" alt="${a(s.alt)}" width="${s.image.width}" height="${s.image.height}"`,
    ' style="max-width:100%;height:auto"></noscript>',
  ].join('');
}
