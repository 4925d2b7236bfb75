/**
 * A part's folder is untrusted input: assembly copies only files of the part's own sources/ whose
 * bytes have the sha256 they are named by and the report records. A results.json naming a file
 * outside the part, a source whose bytes were changed or that is a link, and a results.json cut
 * short are refused with one line naming the file and what to do, and nothing is written.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assembleIngest } from '../../../src/lib/ingest/assemble-fs.ts';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';

const SEEDS = 'content/reports';

test('a tampered or cut part is refused, naming the file and what to do; nothing is published', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ingest-tampered-'));
  const content = join(work, 'content');
  mkdirSync(content);
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(content, name));
  mkdirSync(join(work, 'private'));
  writeFileSync(join(work, 'private', 'secret.csv'), 'password,hunter2\n');
  const parts = [1, 2].map((index) => join(work, `part-${index}`));
  for (const [i, dir] of parts.entries()) await runIngest({ contentDir: content, outDir: dir, part: { index: i + 1, count: 2 }, jobs: 1 });

  // The part holding a report, and the line of results.json (1-based, the `[` being line 1) that names its source.
  const dir = parts.find((d) => readdirSync(join(d, 'sources')).length > 0)!;
  const results = join(dir, 'results.json');
  const original = readFileSync(results, 'utf8');
  const lines = original.split('\n');
  const index = lines.findIndex((l) => l.includes('"source":"sources/'));
  const sha = /"source":"sources\/([0-9a-f]{64})"/.exec(lines[index]!)![1]!;
  const source = join(dir, 'sources', sha);
  const bytes = readFileSync(source);
  const out = join(work, 'out');
  const refused = (): string[] => {
    const result = assembleIngest(parts, out);
    assert.ok('problems' in result, 'refused');
    assert.equal(existsSync(out), false, 'nothing written');
    return result.problems;
  };
  const redo = 'not assembled; ingest the part again (npm run ingest -- --out DIR)';

  writeFileSync(results, original.replace(`"source":"sources/${sha}"`, '"source":"../private/secret.csv"'));
  assert.deepEqual(refused(), [`${results}:${index + 1}: names a source that is not a file of the part's sources/ with the report's sha256 (../private/secret.csv): ${redo}`]);
  writeFileSync(results, original);

  rmSync(source);
  writeFileSync(source, 'other bytes');
  assert.deepEqual(refused(), [`${results}:${index + 1}: its source ${source} is not a file whose bytes have the sha256 it is named by: ${redo}`]);
  rmSync(source);
  symlinkSync(join(work, 'private', 'secret.csv'), source);
  assert.deepEqual(refused(), [`${results}:${index + 1}: its source ${source} is not a file whose bytes have the sha256 it is named by: ${redo}`]);
  rmSync(source);
  writeFileSync(source, bytes);

  // Cut in the middle of a line: the command says so in one line, without a stack trace.
  writeFileSync(results, original.slice(0, original.indexOf('\n', original.length / 2) - 10));
  const run = spawnSync(process.execPath, ['scripts/assemble-data.ts', ...parts, '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  const said = run.stderr.trim().split('\n');
  assert.equal(said.length, 2, run.stderr);
  assert.equal(said[0], 'assemble-data: the folders do not make one ingest:');
  assert.match(said[1]!, new RegExp(`^  ${results}:\\d+: not one JSON element per line as ingest writes it \\(.+\\): the part's results are damaged or cut short; ingest the part again \\(npm run ingest -- --out DIR\\)$`));
  // The command makes --out when it checks that it can write there; nothing is written in it.
  assert.deepEqual(readdirSync(out), []);
  rmSync(out, { recursive: true });

  writeFileSync(results, original);
  const assembled = assembleIngest(parts, out);
  assert.ok(!('problems' in assembled));
  assert.equal(assembled.reports.length, 5);
});
