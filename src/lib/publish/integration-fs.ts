/**
 * The site's own build steps, as an Astro integration (astro.config.mjs):
 * - after the build, publish the data under `<site>/data/` (publish.ts): hard links, only this
 *   part's reports, the shared downloads in part 1; and, in a split build, write `build-part.json`,
 *   which says which part the folder holds, for `npm run assemble` (assemble.ts);
 * - in `astro dev`, serve the same files from the data folder.
 */
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildEnv } from '../site/env.ts';
import { PART_MARKER, partMarker } from './assemble.ts';
import { partLabel } from '../parts/part.ts';
import { publishData } from './publish-fs.ts';
import { withoutOldReportPages } from '../search/addresses-fs.ts';

export function siteData(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-data',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        // Before the data moved to data/, ingest wrote to public/data, which Astro would copy
        // over the published data.
        const stale = join(fileURLToPath(config.publicDir), 'data');
        if (existsSync(stale)) throw new Error(`${stale}: data from an older ingest, which would be published instead of ${buildEnv().dataDir}. Remove it (ingest now writes to data/).`);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}data/`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (!path.startsWith(prefix)) return next();
          const file = join(buildEnv().dataDir, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
          if (!existsSync(file) || !statSync(file).isFile()) return next();
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const { part } = buildEnv();
        const site = fileURLToPath(dir);
        // The pages at old report addresses lead to other reports: no data of their own.
        const pathnames = withoutOldReportPages(site, pages.map((p) => p.pathname));
        // An incremental build (BUILD_GROUPS) publishes the data once its output is whole (incremental-fs.ts).
        const { published, missing } = buildEnv().groups ? { published: 0, missing: [] } : publishData(buildEnv().dataDir, site, pathnames, part);
        const count = (re: RegExp) => pathnames.filter((p) => re.test(p)).length;
        const marker = partMarker(part, count(/^\/?agency\/[^/]+\/?$/), count(/^\/?report\/[^/]+\/?$/));
        if (part.count > 1) writeFileSync(join(site, PART_MARKER), `${JSON.stringify(marker)}\n`);
        logger.info(`part ${partLabel(part)}: ${marker.agencies} agencies, ${marker.reports} reports; published ${published} data files under data/`);
        if (missing.length) logger.warn(`${missing.length} data files not found in ${buildEnv().dataDir} (first: ${missing[0]}); run \`npm run ingest\` again`);
      },
    },
  };
}
