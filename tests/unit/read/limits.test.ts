/**
 * The limits are documented where people look (README.md, "Limits"): one row per limit, naming
 * it and its value as the messages print it, so that changing a limit without the README fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appendCapped, formatLimit, LIMITS, type LimitKey } from '../../../src/lib/read/limits.ts';
import { htmlToDocument } from '../../../src/lib/read/html.ts';

test('README.md lists every limit with its value', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('### Limits');
  const table = readme.slice(start, readme.indexOf('\n#', start + 1));
  const rows = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| limit') && !l.startsWith('| ---'));
  assert.equal(rows.length, Object.keys(LIMITS).length);
  for (const key of Object.keys(LIMITS) as LimitKey[]) {
    const row = rows.find((r) => r.includes(`(\`${key}\`)`));
    assert.ok(row, `a row for ${key}`);
    assert.equal(row.split('|')[2]!.trim(), formatLimit(key), key);
  }
});

test('limits print as the messages say them', () => {
  assert.equal(formatLimit('fileBytes'), '64 MB');
  assert.equal(formatLimit('lines'), '100,000 lines');
  assert.equal(formatLimit('workerHeapMb'), '1,024 MB');
});

test('a line or cell is cut at lineChars as its text comes in, and the cut is counted once a line', () => {
  assert.deepEqual(appendCapped('ab', 'cd'), { text: 'abcd', cut: false });
  const full = appendCapped('a'.repeat(99_998), 'bcd');
  assert.deepEqual([full.text.length, full.text.slice(-2), full.cut], [100_000, 'bc', true]);
  assert.deepEqual(appendCapped(full.text, 'e'), { text: full.text, cut: true });
});

test('HTML: a paragraph and a table cell longer than lineChars are cut where they are read', () => {
  // Text nodes arrive in 64 KB pieces: the paragraph's 250,000 characters come in several.
  const html = `<p>${'x'.repeat(250_000)}</p><table><tr><td>${'y'.repeat(150_000)}</td><td>5</td></tr></table><p>短</p>`;
  const doc = htmlToDocument(html);
  assert.deepEqual(
    doc.lines.map((l) => l.cells.map((c) => (c.length > 10 ? `${c[0]}×${c.length}` : c))),
    [['x×100000'], ['y×100000', '5'], ['短']],
  );
  assert.deepEqual(doc.warnings, [{ code: 'limit-reached', message: '原文有2行超过100,000字，每行超出的部分未读入（读取上限）；全文请下载原文核对' }]);
});
