/**
 * The Pagefind step of the build, as an Astro integration (astro.config.mjs): once Astro has
 * written the pages, index this build's report pages in parts (pagefind-parts.ts), one Pagefind
 * run per part, each page as the record search-record.ts makes of its report, and write the list
 * of parts for the search page. The Pagefind service is closed after each part, so the memory of
 * one part is given back before the next starts.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { currentPart, searchPartPages } from '../build/env.ts';
import { partLabel } from '../build/part.ts';
import { loadReport } from '../data/load.ts';
import { planParts, reportIdOf, type IndexPart, type PartsManifest } from './pagefind-parts.ts';
import { searchRecord } from './search-record.ts';

/** Pages sent to the Pagefind service at once. */
const IN_FLIGHT = 16;

/** Files Pagefind writes for its own search UIs, which this site does not use. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$/;

async function indexPart(part: IndexPart, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind part ${part.name}: ${errors.join('; ')}`);
  for (let i = 0; i < part.pages.length; i += IN_FLIGHT) {
    await Promise.all(
      part.pages.slice(i, i + IN_FLIGHT).map(async (pathname) => {
        const added = await index.addCustomRecord(searchRecord(loadReport(reportIdOf(pathname)!)));
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
        const parts = planParts(pages.map((p) => p.pathname), searchPartPages());
        const manifest: PartsManifest = { parts: [] };
        for (const part of parts) {
          const t0 = performance.now();
          await indexPart(part, join(root, label, part.name));
          manifest.parts.push({ path: `${label}/${part.name}`, years: part.years, pages: part.pages.length });
          logger.info(`part ${part.name} (${part.years.join(' ')}): ${part.pages.length} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        }
        const target = join(root, `${label}.json`);
        writeFileSync(`${target}.tmp`, JSON.stringify(manifest));
        renameSync(`${target}.tmp`, target);
        logger.info(`indexed ${parts.reduce((n, p) => n + p.pages.length, 0)} pages in ${parts.length} parts`);
      },
    },
  };
}
