/**
 * An output written as one generation and swapped in (src/lib/files/generation-fs.ts), apart from
 * ingest: a data folder of an older ingest (real files at the top, temp files it left) becomes
 * links on its first run, losing nothing of a person's own; a person's file put in one of the
 * folders later is carried on; hard links made from the names reach the files, not the links.
 */
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeGeneration } from '../../../src/lib/files/generation-fs.ts';
import { linkOrCopy } from '../../../src/lib/files/link-fs.ts';

test('an older ingest’s folder becomes links; its files go, a person’s own stay, its temp files are removed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'generation-'));
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports.json'), '[old]');
  writeFileSync(join(dir, 'reports', 'a.json'), 'old a');
  writeFileSync(join(dir, 'reports', 'a.json.tmp-4242'), 'half');
  writeFileSync(join(dir, 'reports.json.tmp-4242'), 'half');
  writeFileSync(join(dir, 'reports', 'mine.txt'), 'a person’s own file');
  writeFileSync(join(dir, 'notes.txt'), 'a person’s own file');
  writeFileSync(join(dir, '.ingest-files.json'), '["reports.json","reports/a.json"]\n');

  writeGeneration(dir, '--out', ['reports.json', 'reports'], (g) => {
    g.write('reports.json', '[new]');
    g.write('reports/b.json', 'new b');
  });
  assert.ok(lstatSync(join(dir, 'reports.json')).isSymbolicLink());
  assert.ok(lstatSync(join(dir, 'reports')).isSymbolicLink());
  assert.equal(readFileSync(join(dir, 'reports.json'), 'utf8'), '[new]');
  assert.deepEqual(readdirSync(join(dir, 'reports')).sort(), ['b.json', 'mine.txt']);
  assert.equal(readFileSync(join(dir, 'reports', 'mine.txt'), 'utf8'), 'a person’s own file');
  assert.deepEqual(readdirSync(dir).sort(), ['.ingest-current', '.ingest-files.json', '.ingest-gen-1', 'notes.txt', 'reports', 'reports.json']);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, '.ingest-files.json'), 'utf8')), ['.ingest-current', '.ingest-gen-1', 'reports', 'reports.json']);

  // A file put in reports/ now lands in the current generation, and is carried into the next.
  writeFileSync(join(dir, 'reports', 'later.txt'), 'put there later');
  writeGeneration(dir, '--out', ['reports.json', 'reports'], (g) => {
    g.write('reports.json', '[newer]');
    g.write('reports/c.json', 'newer c');
  });
  assert.deepEqual(readdirSync(join(dir, 'reports')).sort(), ['c.json', 'later.txt', 'mine.txt']);
  assert.deepEqual(readdirSync(dir).sort(), ['.ingest-current', '.ingest-files.json', '.ingest-gen-2', 'notes.txt', 'reports', 'reports.json']);

  // Publishing hard-links the file a name leads to: a link of the link would lead nowhere elsewhere.
  const site = join(dir, 'site');
  linkOrCopy(join(dir, 'reports.json'), join(site, 'reports.json'), new Set());
  assert.ok(lstatSync(join(site, 'reports.json')).isFile());
  assert.equal(statSync(join(site, 'reports.json')).ino, statSync(join(dir, '.ingest-gen-2', 'reports.json')).ino);
});

test('a source that is a link is refused where the file itself must be linked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'generation-'));
  writeGeneration(dir, '--out', ['reports.json'], (g) => g.write('reports.json', '[]'));
  assert.throws(() => linkOrCopy(join(dir, 'reports.json'), join(dir, 'copy'), new Set(), { follow: false }), /not a regular file/);
});
