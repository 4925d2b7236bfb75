import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { uniqueSlugs } from '../../../src/lib/agency/slug.ts';
import { division, makeReport } from '../fixture-reports.ts';

const QIAN_DIAN = { agencyKey: '411625106 钱店镇', division: division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['411625106', '钱店镇']]) };

test('reports group by agency; a second report for a year counts once, the better read one', () => {
  const good = makeReport({ id: '2024-qian-dian-zhen', agency: '钱店镇', year: 2024, ...QIAN_DIAN, path: 'a/1.txt' });
  const worse = makeReport({ id: '2024-qian-dian-zhen-2', agency: '钱店镇', year: 2024, status: 'partial', ...QIAN_DIAN, path: 'b/2.txt' });
  const older = makeReport({ id: '2023-qian-dian-zhen', agency: '钱店镇', year: 2023, ...QIAN_DIAN, path: '3.txt' });
  const [a] = groupAgencies([worse, good, older]);
  assert.equal(a!.slug, 'qian-dian-zhen-411625106');
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

test('unplaced namesakes are one agency only when filed in one folder', () => {
  const agencies = groupAgencies([
    makeReport({ id: '2023-cgz-lan', agency: '城关镇', year: 2023, path: '兰考/城关镇2023.txt' }),
    makeReport({ id: '2024-cgz-lan', agency: '城关镇人民政府', agencyKey: '城关镇', year: 2024, path: '兰考/城关镇2024.txt' }),
    makeReport({ id: '2024-cgz-top', agency: '城关镇', year: 2024, path: '城关镇.pdf' }),
  ]);
  assert.deepEqual(
    agencies.map((a) => [a.key, a.reports.map((r) => r.id)]),
    [
      ['城关镇 @城关镇.pdf', ['2024-cgz-top']],
      ['城关镇 @兰考/', ['2023-cgz-lan', '2024-cgz-lan']],
    ],
  );
  assert.notEqual(agencies[0]!.slug, agencies[1]!.slug);
  assert.match(agencies[1]!.slug, /^cheng-guan-zhen-[0-9a-f]{6}$/);
});
