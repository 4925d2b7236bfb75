import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeTree, type PlaceNode } from '../../../src/lib/place/hierarchy.ts';

const show = (n: PlaceNode): unknown => (n.children.length ? { [`${n.code} ${n.name} ${n.level}`]: n.children.map(show) } : `${n.code} ${n.name} ${n.level}`);

test('the places of the data as a tree, sorted by code, every place above a division included', () => {
  const tree = placeTree([
    { codes: ['41', '4116', '411625', '411625106'], names: ['河南省', '周口市', '郸城县', '钱店镇'] },
    null,
    { codes: ['41', '4107', '410726'], names: ['河南省', '新乡市', '延津县'] },
    { codes: ['41', '4116', '411625', '411625200'], names: ['河南省', '周口市', '郸城县', '城郊乡'] },
    { codes: ['11', '110101'], names: ['北京市', '东城区'] },
  ]);
  assert.deepEqual(tree.roots.map(show), [
    { '11 北京市 province': ['110101 东城区 county'] },
    {
      '41 河南省 province': [
        { '4107 新乡市 city': ['410726 延津县 county'] },
        { '4116 周口市 city': [{ '411625 郸城县 county': ['411625106 钱店镇 township', '411625200 城郊乡 township'] }] },
      ],
    },
  ]);
  assert.equal(tree.byCode.get('411625')!.children.length, 2);
  assert.equal(tree.byCode.size, 9);
});
