/**
 * Copy: one Markdoc file per page and language, src/content/<page>/<lang>.mdoc (entry id
 * "<page>/<lang>"). Editors own these words; the tags they may use are in src/copy/tags.ts, and the
 * build checks every file against the data before rendering (src/integrations/data-validation.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const copy = defineCollection({
  loader: glob({ pattern: '**/*.mdoc', base: './src/content' }),
  schema: z.object({
    /** The page's <title> and headline. */
    title: z.string(),
    description: z.string(),
    /** Short labels a page's own markup needs (table headers), by name. */
    labels: z.record(z.string(), z.string()).optional(),
  }),
});

export const collections = { copy };
