/**
 * Put a file at a path without copying its bytes where the disk allows: a hard link, else a copy
 * (another disk). Parent folders are made once per run (`made` remembers them).
 *
 * A hard link to a symbolic link would be a link, not the file: a data folder's names are links
 * into its current generation (generation-fs.ts), so a link is followed to its file; where the
 * path must be a file itself (a report's source, from the content folder), `follow: false`
 * refuses anything else.
 */
import { copyFileSync, linkSync, lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';

export function linkOrCopy(from: string | Buffer, to: string, made: Set<string>, options: { follow?: boolean } = {}): 'linked' | 'copied' | 'exists' {
  const dir = dirname(to);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  let file = from;
  if (!lstatSync(from).isFile()) {
    if (options.follow === false) throw Object.assign(new Error(`not a regular file: ${from.toString()}`), { code: 'EINVAL' });
    file = realpathSync(from, { encoding: 'buffer' });
  }
  try {
    linkSync(file, to);
    return 'linked';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    copyFileSync(file, to);
    return 'copied';
  }
}
