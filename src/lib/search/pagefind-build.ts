/**
 * The Pagefind step of the build, as an Astro integration (astro.config.mjs): once Astro has
 * written the pages, index the report pages (whose layout marks the text to index with
 * `data-pagefind-body`) in parts (pagefind-parts.ts), one Pagefind run per part, and write the
 * list of parts for the search page. The Pagefind service is closed after each part, so the memory
 * of one part is given back before the next starts.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { currentPart } from '../build/env.ts';
import { partLabel } from '../build/part.ts';
import { pageUrl, planParts, type IndexPart, type PartsManifest } from './pagefind-parts.ts';

/** Pages sent to the Pagefind service at once. */
const IN_FLIGHT = 16;

/** Files Pagefind writes for its own search UIs, which this site does not use. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$/;

async function indexPart(site: string, part: IndexPart, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind part ${part.name}: ${errors.join('; ')}`);
  for (let i = 0; i < part.pages.length; i += IN_FLIGHT) {
    await Promise.all(
      part.pages.slice(i, i + IN_FLIGHT).map(async (pathname) => {
        const content = await readFile(join(site, pathname, 'index.html'), 'utf8');
        const added = await index.addHTMLFile({ url: pageUrl(pathname), content });
        if (added.errors.length) throw new Error(`Pagefind part ${part.name}, ${pathname}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind part ${part.name}: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(join(outputPath, name));
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const label = partLabel(currentPart());
        const root = join(site, 'pagefind');
        rmSync(join(root, label), { recursive: true, force: true });
        mkdirSync(root, { recursive: true });
        const parts = planParts(pages.map((p) => p.pathname));
        const manifest: PartsManifest = { parts: [] };
        for (const part of parts) {
          const t0 = performance.now();
          await indexPart(site, part, join(root, label, part.name));
          manifest.parts.push(`${label}/${part.name}`);
          const years = part.years[0] === part.years[1] ? part.years[0] : `${part.years[0]}…${part.years[1]}`;
          logger.info(`part ${part.name} (${years}): ${part.pages.length} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        }
        const target = join(root, `${label}.json`);
        writeFileSync(`${target}.tmp`, JSON.stringify(manifest));
        renameSync(`${target}.tmp`, target);
        logger.info(`indexed ${parts.reduce((n, p) => n + p.pages.length, 0)} pages in ${parts.length} parts`);
      },
    },
  };
}
