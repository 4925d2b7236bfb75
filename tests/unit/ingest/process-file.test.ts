/**
 * An exception anywhere in parsing or checking fails its file, named as an internal error, and
 * never escapes processFile: one crash must not stop a run of 100,000 files. The bug is planted
 * with a module mock in a child process (workers/planted-parse.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('a parser that throws fails its file with the internal error named; the next file is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planted-'));
  const bad = join(dir, 'planted.txt');
  writeFileSync(bad, `${readFileSync('content/reports/004_8f4f033ed63f27b4.txt', 'utf8')}\nPLANTED\n`);
  const run = spawnSync(process.execPath, ['--experimental-test-module-mocks', '--no-warnings', new URL('./workers/planted-parse.ts', import.meta.url).pathname, bad, 'content/reports/004_8f4f033ed63f27b4.txt'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const [planted, good] = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(planted.report, undefined);
  assert.equal(planted.internalError, true);
  assert.equal(planted.log.status, 'failed');
  assert.match(planted.log.messages[0], /^planted\.txt: internal-error: TypeError: Cannot read properties of undefined \(reading 'cells'\) .*please report it/);
  assert.equal(good.log.status, 'ok');
  assert.equal(good.report.agency, '钱店镇');
});
