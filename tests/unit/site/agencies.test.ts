import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { uniqueSlugs } from '../../../src/lib/agency/slug.ts';
import { makeReport } from '../fixture-reports.ts';

test('reports group by agency; a second report for a year counts once, the better read one', () => {
  const good = makeReport({ id: '2024-qian-dian-zhen', agency: '钱店镇', year: 2024 });
  const worse = makeReport({ id: '2024-qian-dian-zhen-2', agency: '钱店镇', year: 2024, status: 'partial' });
  const older = makeReport({ id: '2023-qian-dian-zhen', agency: '钱店镇', year: 2023 });
  const [a] = groupAgencies([worse, good, older]);
  assert.equal(a!.slug, 'qian-dian-zhen');
  assert.deepEqual(a!.years, [2023, 2024]);
  assert.equal(a!.byYear.get(2024)!.id, '2024-qian-dian-zhen');
  assert.equal(a!.reports.length, 3);
});

test('names with the same pinyin get distinct slugs', () => {
  const slugs = uniqueSlugs(['钱店镇', '乾店镇', '苏家作乡']);
  assert.equal(slugs.get('苏家作乡'), 'su-jia-zuo-xiang');
  assert.notEqual(slugs.get('钱店镇'), slugs.get('乾店镇'));
  assert.match(slugs.get('钱店镇')!, /^qian-dian-zhen-[0-9a-f]{6}$/);
});
