// @ts-check
import { defineConfig } from 'astro/config';
import { siteData } from './src/lib/publish/integration-fs.ts';
// The Pagefind step: the searchable pages indexed in parts, merged by the search page at query time.
import { pagefindIndex } from './src/lib/search/pagefind-build-fs.ts';

/**
 * BASE_PATH serves the site from a sub-path (`BASE_PATH=/sub/ npm run build`): Astro's `base`,
 * which every internal link and asset follows (src/lib/present/url.ts).
 */
const base = process.env.BASE_PATH || '/';

/**
 * SITE_PUBLIC_DIR replaces public/ (static files such as the icon). The data the pages are built
 * from is not in public/: it is in data/ (or SITE_DATA_DIR) and published by siteData()
 * (src/lib/publish/integration-fs.ts), which also builds one part of the site when PART is set.
 */
const publicDir = process.env.SITE_PUBLIC_DIR || 'public';

export default defineConfig({
  base,
  publicDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  devToolbar: { enabled: false },
  integrations: [siteData(), pagefindIndex()],
});
