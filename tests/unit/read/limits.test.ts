/**
 * The limits are documented where people look (README.md, "Limits"): one row per limit, naming
 * it and its value as the messages print it, so that changing a limit without the README fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatLimit, LIMITS, type LimitKey } from '../../../src/lib/read/limits.ts';

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
