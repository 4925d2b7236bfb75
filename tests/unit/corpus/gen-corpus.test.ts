import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseGenCorpusArgs } from '../../../scripts/gen-corpus.ts';

const SCRIPT = new URL('../../../scripts/gen-corpus.ts', import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), 'gen-corpus-test-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
}

describe('scripts/gen-corpus.ts', () => {
  it('writes N files and a truth.json that describes each of them', () => {
    const out = join(temp, 'a');
    const result = run(out, '--reports', '9', '--seed', 'cli', '--damage', '0.5', '--layouts', 'tab,html,docx');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /9\/9/);
    const truth = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8'));
    const files = readdirSync(out).filter((f) => f !== 'truth.json').sort();
    assert.equal(files.length, 9);
    assert.deepEqual(truth.files.map((f: { file: string }) => f.file).sort(), files);
    assert.deepEqual(new Set(truth.files.map((f: { layout: string }) => f.layout)), new Set(['tab', 'html', 'docx']));
    for (const f of truth.files) {
      assert.equal(typeof f.year, 'number');
      assert.equal(typeof f.agency, 'string');
      assert.ok(f.applications.newReceived && f.reviewLitigation.reconsideration);
    }
  });

  it('gives the same bytes for the same seed', () => {
    const [a, b] = [join(temp, 'same-1'), join(temp, 'same-2')];
    assert.equal(run(a, '--reports', '7', '--seed', 'z').status, 0);
    assert.equal(run(b, '--reports', '7', '--seed', 'z').status, 0);
    const names = readdirSync(a).sort();
    assert.deepEqual(readdirSync(b).sort(), names);
    for (const name of names) assert.ok(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name);
  });

  for (const [why, args] of [
    ['no OUT_DIR', ['--reports', '3']],
    ['no --reports', [join(temp, 'x')]],
    ['a bad count', [join(temp, 'x'), '--reports', 'many']],
    ['an unknown layout', [join(temp, 'x'), '--reports', '3', '--layouts', 'tab,fax']],
    ['a rate above 1', [join(temp, 'x'), '--reports', '3', '--damage', '2']],
    ['an unknown option', [join(temp, 'x'), '--reports', '3', '--colour']],
  ] as const) {
    it(`exits 2 with a one-line reason for ${why}`, () => {
      const result = run(...args);
      assert.equal(result.status, 2);
      assert.equal(result.stderr.trim().split('\n').length, 1);
      assert.match(result.stderr, /^gen-corpus: /);
    });
  }

  it('parses its arguments', () => {
    assert.deepEqual(parseGenCorpusArgs(['out', '--reports', '5', '--layouts', 'pdf-text,docx', '--damage', '0.25']), {
      outDir: 'out', reports: 5, seed: '1', layouts: ['pdf-text', 'docx'], damageRate: 0.25,
    });
  });
});
