/**
 * SVG to PNG at build time with resvg. Only the bundled DejaVu fonts are loaded, never the machine's:
 * they cover the Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і), and the same fonts everywhere make two
 * builds byte-identical.
 */
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((f) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${f}`),
);

export const PNG_FONT_FAMILY = 'DejaVu Sans';

export interface Png {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly width: number;
  readonly height: number;
}

/** resvg's settings: the bundled fonts only, whatever family the SVG asks for. */
export function resvgOptions(scale = 2): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: PNG_FONT_FAMILY,
      sansSerifFamily: PNG_FONT_FAMILY,
    },
    logLevel: 'off',
  };
}

/** `scale` 2 gives the sharp image a phone or a print layout needs from a 600 px chart. */
export function renderPng(svg: string, scale = 2): Png {
  const resvg = new Resvg(svg, resvgOptions(scale));
  const image = resvg.render();
  return { bytes: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
