import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishPlan, SHARED_DATA_FILES } from '../../../src/lib/publish/publish-fs.ts';

const pages = ['', 'agencies/', 'report/2024-qian-dian-zhen/', '/report/2023-qian-dian-zhen', 'agency/qian-dian-zhen/'];
const sources = ['2024-qian-dian-zhen.docx', '2023-qian-dian-zhen.txt', '2022-other.pdf'];

test('part 1 publishes the shared downloads and, for each report page, its JSON and source', () => {
  assert.deepEqual(publishPlan(pages, { index: 1, count: 2 }, sources), [
    ...SHARED_DATA_FILES,
    'reports/2024-qian-dian-zhen.json',
    'sources/2024-qian-dian-zhen.docx',
    'reports/2023-qian-dian-zhen.json',
    'sources/2023-qian-dian-zhen.txt',
  ]);
});

test('other parts publish only their reports; a report without a kept source has only its JSON', () => {
  assert.deepEqual(publishPlan(['report/2022-other/', 'report/2021-none/'], { index: 2, count: 2 }, sources), [
    'reports/2022-other.json',
    'sources/2022-other.pdf',
    'reports/2021-none.json',
  ]);
});

test('a source published as text keeps its id: <id>.html.txt and <id>.md.txt belong to <id>', () => {
  const names = ['2024-a-1f2e3d4c.html.txt', '2023-b-5a6b7c8d.md.txt'];
  assert.deepEqual(publishPlan(['report/2024-a-1f2e3d4c/', 'report/2023-b-5a6b7c8d/'], { index: 2, count: 2 }, names), [
    'reports/2024-a-1f2e3d4c.json',
    'sources/2024-a-1f2e3d4c.html.txt',
    'reports/2023-b-5a6b7c8d.json',
    'sources/2023-b-5a6b7c8d.md.txt',
  ]);
});
