import assert from 'node:assert/strict';
import { test } from 'node:test';
import { barRows } from '../../../src/lib/present/bar-rows.ts';

test('bars are shares of the largest value; blanks and zeros draw no bar', () => {
  const rows = barRows({ title: 't', labels: ['予以公开', '部分公开', '不予公开', '无法提供'], series: [{ label: '办理结果', values: [40, 10, 0, null] }], unit: '件' });
  assert.deepEqual(rows, [
    { label: '予以公开', value: 40, share: 1, text: '40件' },
    { label: '部分公开', value: 10, share: 0.25, text: '10件' },
    { label: '不予公开', value: 0, share: 0, text: '0件' },
    { label: '无法提供', value: null, share: 0, text: '—' },
  ]);
});

test('all blank: no bars, every value a dash', () => {
  const rows = barRows({ title: 't', labels: ['甲', '乙'], series: [{ label: 's', values: [null, null] }], unit: '件' });
  assert.deepEqual(rows.map((r) => [r.share, r.text]), [[0, '—'], [0, '—']]);
});
