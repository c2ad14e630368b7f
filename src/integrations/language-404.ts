/**
 * Puts each language's 404 page where static hosts look for it: Astro writes /404 as 404.html but
 * /ru/404 as ru/404/index.html. GitHub Pages serves only the root 404.html (which therefore speaks
 * all three languages); hosts that serve the nearest 404.html up the path find ru/404.html and
 * en/404.html for Russian and English addresses.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const LANGUAGE_404_DIRS = ['ru', 'en'] as const;

export function language404(): AstroIntegration {
  return {
    name: 'language-404',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const lang of LANGUAGE_404_DIRS) {
          const built = `${root}${lang}/404/index.html`;
          if (!existsSync(built)) continue;
          renameSync(built, `${root}${lang}/404.html`);
          rmdirSync(`${root}${lang}/404`);
          logger.info(`${lang}/404.html`);
        }
      },
    },
  };
}
