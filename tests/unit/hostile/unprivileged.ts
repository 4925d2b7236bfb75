/**
 * Runs a Node program for which file permissions must bind. As root they do not: root reads and
 * writes past them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH). The program is then run as root
 * without those two capabilities (setpriv drops them from the bounding set, so that the process
 * it starts never has them): a file or folder of mode 000 is closed to it, while the checkout
 * stays readable wherever it is. A run as another user (nobody) could not reach a clone in /root
 * or in a folder made by `mktemp -d` (mode 700).
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process';

export function spawnUnprivileged(args: string[], options: Omit<SpawnSyncOptionsWithStringEncoding, 'encoding'> = {}): SpawnSyncReturns<string> {
  const root = process.getuid?.() === 0;
  return root
    ? spawnSync('setpriv', ['--bounding-set', '-dac_override,-dac_read_search', process.execPath, ...args], { ...options, encoding: 'utf8' })
    : spawnSync(process.execPath, args, { ...options, encoding: 'utf8' });
}
