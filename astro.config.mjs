// @ts-check
import markdoc from '@astrojs/markdoc';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildStamp } from './src/integrations/build-stamp.ts';
import { dataValidation } from './src/integrations/data-validation.ts';
import { language404 } from './src/integrations/language-404.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { dataDir } from './src/model/load-model.ts';

// kk is the default language and lives at the root; ru and en under their prefix.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  i18n: {
    locales: ['kk', 'ru', 'en'],
    defaultLocale: 'kk',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  integrations: [
    dataValidation(),
    // Copy in src/content/**/*.mdoc, with the tags of markdoc.config.mjs.
    markdoc(),
    // Every page in three languages, each listing the other two as alternates. Embed pages are
    // noindex (they are made for other sites' frames) the 404 page is no page to find, and the
    // fact-check sheet is a noindex working page for editors.
    sitemap({
      i18n: { defaultLocale: 'kk', locales: { kk: 'kk', ru: 'ru', en: 'en' } },
      filter: (page) =>
        !/\/embed\//.test(page) && !/\/404(\.html|\/)?$/.test(page) && !/\/fact-check\//.test(page),
    }),
    // ru/404.html and en/404.html where hosts look for them (before the headers read the HTML files).
    language404(),
    securityHeaders(),
    buildStamp({ dataDir }),
  ],
});
