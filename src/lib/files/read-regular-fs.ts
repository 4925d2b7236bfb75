/**
 * Reads a file of the content folder by the rules reports are read by: opened without following
 * a symbolic link and without blocking (a FIFO would hold the run forever), then read only when
 * it is a regular file no larger than `maxBytes`. The caller says what each refusal means.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type RegularRead =
  | { bytes: Uint8Array }
  /** There is no such file. */
  | { refused: 'missing' }
  /** A symbolic link (ELOOP on opening), or a file that cannot be opened, or read. */
  | { refused: 'link' | 'unopenable' | 'unreadable'; error: unknown }
  | { refused: 'directory' | 'fifo' | 'special' }
  | { refused: 'too-large'; size: number };

export function readRegularFile(path: string | Buffer, maxBytes: number): RegularRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { refused: 'missing' };
    return { refused: code === 'ELOOP' ? 'link' : 'unopenable', error };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { refused: 'directory' };
    if (stat.isFIFO()) return { refused: 'fifo' };
    if (!stat.isFile()) return { refused: 'special' };
    if (stat.size > maxBytes) return { refused: 'too-large', size: stat.size };
    const bytes = new Uint8Array(stat.size);
    let done = 0;
    for (let n = 1; done < bytes.length && n > 0; done += n) n = readSync(fd, bytes, done, bytes.length - done, null);
    // A file cut short while it was read is read as far as it went, in a buffer of its own (so
    // that it can be handed to a worker without a copy).
    return { bytes: done === bytes.length ? bytes : bytes.slice(0, done) };
  } catch (error) {
    return { refused: 'unreadable', error };
  } finally {
    closeSync(fd);
  }
}
