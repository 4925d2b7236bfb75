/**
 * What a built site weighs: pages, files and bytes by top folder, the search index, and the
 * weight of a report page as a reader's browser loads it (gzip of its HTML plus the CSS and the
 * JavaScript it loads up front, following static imports; code loaded only on a click, such as
 * the CSV download's, is not counted).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SiteStats {
  pages: number;
  files: number;
  bytes: number;
  /** Bytes by first folder (report, agency, data, pagefind, rows, _astro…); files at the top as "(top)". */
  bytesByFolder: Record<string, number>;
  searchIndex: { files: number; bytes: number };
  reportPage: ReportPageWeight | null;
}

export interface ReportPageWeight {
  path: string;
  /** gzip -9 bytes of each file the page loads up front. */
  files: Record<string, number>;
  gzipBytes: number;
}

export function siteStats(dist: string): SiteStats {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  const bytesByFolder: Record<string, number> = {};
  const searchIndex = { files: 0, bytes: 0 };
  let largestReport: { path: string; size: number } | null = null;
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        walk(path, relPath);
        continue;
      }
      const size = statSync(path).size;
      files++;
      bytes += size;
      const top = relPath.includes('/') ? relPath.slice(0, relPath.indexOf('/')) : '(top)';
      bytesByFolder[top] = (bytesByFolder[top] ?? 0) + size;
      if (top === 'pagefind') {
        searchIndex.files++;
        searchIndex.bytes += size;
      }
      if (entry.name.endsWith('.html')) {
        pages++;
        if (/^report\/[^/]+\/index\.html$/.test(relPath) && (!largestReport || size > largestReport.size)) largestReport = { path: relPath, size };
      }
    }
  };
  walk(dist, '');
  const found = largestReport as { path: string; size: number } | null;
  return { pages, files, bytes, bytesByFolder, searchIndex, reportPage: found ? reportPageWeight(dist, found.path) : null };
}

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** The page's stylesheets and scripts, and the modules those import statically, each once. */
export function reportPageWeight(dist: string, pagePath: string, base = '/'): ReportPageWeight {
  const html = readFileSync(join(dist, pagePath));
  const files: Record<string, number> = { [pagePath]: gz(html) };
  const text = html.toString('utf8');
  const local = (url: string) => (url.startsWith(base) ? url.slice(base.length) : null);
  const todo: string[] = [];
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"|<script[^>]+src="([^"]+)"/g)) {
    const rel = local(m[1] ?? m[2] ?? m[3]!);
    if (rel) todo.push(rel);
  }
  while (todo.length) {
    const rel = todo.pop()!;
    if (rel in files) continue;
    const body = readFileSync(join(dist, rel));
    files[rel] = gz(body);
    if (!rel.endsWith('.js')) continue;
    // Static imports only: `import"./a.js"` and `from"./a.js"`; import("…") loads on demand.
    for (const m of body.toString('utf8').matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
      todo.push(posix.normalize(posix.join(posix.dirname(rel), m[1]!)));
    }
  }
  return { path: pagePath, files, gzipBytes: Object.values(files).reduce((a, b) => a + b, 0) };
}
