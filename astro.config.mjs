// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

/**
 * BASE_PATH serves the site from a sub-path (`BASE_PATH=/sub/ npm run build`): Astro's `base`,
 * which every internal link and asset follows (src/lib/data/url.ts).
 */
const base = process.env.BASE_PATH || '/';

/**
 * SITE_PUBLIC_DIR replaces public/ (and so public/data, which the pages are built from; see
 * src/lib/data/load.ts): the browser tests build from their own data without touching public/data.
 */
const publicDir = process.env.SITE_PUBLIC_DIR || 'public';

/**
 * The Pagefind step of the build: indexes the output folder once Astro has written it, so that
 * `astro build`, whatever its --outDir, ships a matching index. Only pages that mark their content
 * with `data-pagefind-body` (agency and report pages) are indexed.
 * @returns {import('astro').AstroIntegration}
 */
function pagefindIndex() {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}

export default defineConfig({
  base,
  publicDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  integrations: [pagefindIndex()],
});
