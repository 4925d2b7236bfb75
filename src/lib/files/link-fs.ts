/**
 * Put a file at a path without copying its bytes where the disk allows: a hard link, else a copy
 * (another disk). Parent folders are made once per run (`made` remembers them).
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function linkOrCopy(from: string | Buffer, to: string, made: Set<string>): 'linked' | 'copied' | 'exists' {
  const dir = dirname(to);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  try {
    linkSync(from, to);
    return 'linked';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    copyFileSync(from, to);
    return 'copied';
  }
}
