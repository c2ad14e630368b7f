/** What the page hands the map script: its strings, already in the page's language. */

export interface MapLabels {
  /** BCP 47 tag for Intl number formatting in the browser. */
  readonly locale: string;
  /** The page's language: which name a town label shows. */
  readonly lang: 'kk' | 'ru' | 'en';
  /** Status id → label, for the markers' accessible names. */
  readonly status: Readonly<Record<string, string>>;
  readonly interactive: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly close: string;
  readonly loading: string;
  readonly loadError: string;
  readonly saveData: string;
  /** With `{count}`. */
  readonly inView: string;
  /** With `{shown}` and `{total}`. */
  readonly shown: string;
  readonly credits: {
    readonly boundaries: string;
    readonly towns: string;
    readonly villages: string;
    readonly publicDomain: string;
    readonly osm: string;
  };
}

export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
