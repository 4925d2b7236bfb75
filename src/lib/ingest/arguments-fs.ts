/**
 * The folders of an ingest run, checked before any work, each failure one line for the command
 * line to print (exit 2). What this prevents: an output folder that is, holds or lies inside the
 * content folder (ingest would write into its own input, and the reports could be lost); a
 * folder under /proc, /sys or /dev (not storage: writing there can hang); an output or cache
 * folder that cannot be made or written, found only after all the parsing.
 */
import { accessSync, constants, mkdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** Kernel file systems: no folder there holds reports or takes data. */
const VIRTUAL = ['/proc', '/sys', '/dev'];

/** A content folder that can be read, as its real path; or the reason it cannot be used. */
export function checkContentDir(dir: string): { dir: string } | { error: string } {
  if (isVirtual(dir)) return { error: `content folder ${dir} is in a kernel file system (${VIRTUAL.join(', ')}), not a folder of reports` };
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat) return { error: `content folder not found: ${dir}` };
  if (!stat.isDirectory()) return { error: `not a folder: ${dir}` };
  try {
    accessSync(dir, constants.R_OK | constants.X_OK);
  } catch {
    return { error: `content folder cannot be read: ${dir}` };
  }
  return { dir: realpathSync(dir) };
}

/**
 * A folder ingest will write into (`what`: `--out`, `--cache-dir`), checked without touching
 * anything; null when it can be used, else the reason. `contentDir` is the real path of the
 * content folder; `mayContain` allows the folder to hold it (a cache above the content is harmless).
 */
export function checkOutputDir(what: string, dir: string, contentDir: string, mayContain = false): string | null {
  if (dir === '') return `${what} is empty: give a folder`;
  const abs = resolve(dir);
  if (isVirtual(abs)) return `${what} ${abs} is in a kernel file system (${VIRTUAL.join(', ')}), not a folder for data`;
  const real = realPathOf(abs);
  if (typeof real !== 'string') return `${what} ${abs}: ${real.error}`;
  if (real === contentDir) return `${what} ${abs} is the content folder itself: ingest would write among the reports it reads; choose another folder`;
  if (inside(real, contentDir)) return `${what} ${abs} lies inside the content folder ${contentDir}: its files would be read as input; choose a folder outside it`;
  if (!mayContain && inside(contentDir, real)) return `${what} ${abs} contains the content folder ${contentDir}: choose a folder that does not hold the reports`;
  return null;
}

/** Makes the folder if need be and writes a file in it; null when that worked, else the reason. */
export function tryWriting(what: string, dir: string): string | null {
  const abs = resolve(dir);
  try {
    mkdirSync(abs, { recursive: true });
    const probe = join(abs, `.ingest-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    return `${what} ${abs} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  return null;
}

function isVirtual(path: string): boolean {
  const abs = resolve(path);
  return VIRTUAL.some((v) => abs === v || abs.startsWith(`${v}/`));
}

function inside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * The real path `abs` has or will have once made: the real path of its deepest existing ancestor
 * with the rest appended. An ancestor that is a file is an error (`--out afile/sub`).
 */
function realPathOf(abs: string): string | { error: string } {
  const rest: string[] = [];
  for (let at = abs; ; at = dirname(at)) {
    const stat = statSync(at, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory()) return { error: at === abs ? 'is a file, not a folder' : `${at} is a file, not a folder` };
      return join(realpathSync(at), ...rest.reverse());
    }
    if (dirname(at) === at) return { error: 'no part of the path exists' };
    rest.push(at.slice(dirname(at).length).replace(/^\//, ''));
  }
}
