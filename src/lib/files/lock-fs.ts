/**
 * A lock on a folder for the length of a run, so that two runs never write one folder at once: a
 * file made with O_EXCL (create, or fail if it exists) holding the holder's pid and start time. A
 * lock whose process is dead (a run killed with -9 never removes its lock) is stale and taken over.
 */
import { closeSync, constants, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The lock's file in the folder it locks. */
export const LOCK_FILE = '.ingest-lock';

interface Holder {
  pid: number;
  started: string;
  host: string;
}

/** Another run holds the lock; the message names it and what to do. */
export class LockHeld extends Error {}

/** Locks `dir` (`what` names it in messages: `--out`, `--cache-dir`); returns the release. Throws LockHeld. */
export function lockFolder(dir: string, what: string): () => void {
  const path = join(dir, LOCK_FILE);
  const mine: Holder = { pid: process.pid, started: new Date().toISOString(), host: hostname() };
  for (let attempt = 0; ; attempt++) {
    if (create(path, mine)) return () => release(path);
    const holder = readHolder(path);
    if (holder && alive(holder)) {
      throw new LockHeld(`${what} ${dir} is in use by another run (pid ${holder.pid} on ${holder.host}, started ${holder.started}): wait for it to end and run again`);
    }
    // Stale (its process is dead) or unreadable (its writer died between creating and writing it).
    // Moved aside rather than removed: of two runs taking over one stale lock, only one moves it.
    if (attempt > 0 || !takeOver(path, holder)) {
      throw new LockHeld(`${what} ${dir}: its lock ${path} is being taken over by another run: wait for that run to end and run again`);
    }
  }
}

function create(path: string, holder: Holder): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } catch (error) {
    // A full disk: no lock is left behind that names nobody.
    rmSync(path, { force: true });
    throw error;
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Moves a stale lock aside; false when what was moved turns out to be a live run's (put back). */
function takeOver(path: string, stale: Holder | null): boolean {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return true;
  }
  const moved = readHolder(aside);
  if (moved && alive(moved) && moved.pid !== stale?.pid) {
    try {
      linkSync(aside, path);
    } catch {
      // A third run has locked since: it holds the lock now.
    }
    rmSync(aside, { force: true });
    return false;
  }
  rmSync(aside, { force: true });
  return true;
}

function readHolder(path: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Holder;
    return Number.isInteger(holder.pid) && holder.pid > 0 ? holder : null;
  } catch {
    return null;
  }
}

/** Whether the holder runs: another machine's holder is taken to (a folder shared over a network). */
function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function release(path: string): void {
  const holder = readHolder(path);
  if (holder?.pid === process.pid) rmSync(path, { force: true });
}
