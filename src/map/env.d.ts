/** Build-time settings read by the map script (Vite inlines `PUBLIC_` variables). */
interface ImportMetaEnv {
  /** Optional raster tiles, e.g. `https://tiles.example.org/{z}/{x}/{y}.png`; needs the attribution too. */
  readonly PUBLIC_TILE_URL?: string;
  /** Plain-text credit shown for those tiles. */
  readonly PUBLIC_TILE_ATTRIBUTION?: string;
}
