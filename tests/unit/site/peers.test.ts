import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupOfAgency, peerGroup, peerGroups, peerReports, peerYears } from '../../../src/lib/site/peers.ts';
import { placeSite } from './place-fixtures.ts';

const names = (list: readonly { name: string }[]) => list.map((a) => a.name);

test('the townships of a county are its township governments, not their offices', () => {
  const { places } = placeSite();
  const g = peerGroup(places, '411625', 'townships')!;
  assert.deepEqual(names(g.members).sort(), ['城郊乡', '汲冢镇', '石槽镇', '钱店镇'].sort());
  assert.deepEqual(peerYears(g), [2024, 2023]);
  assert.deepEqual(names(peerReports(g, 2023).map((x) => x.agency)).sort(), ['石槽镇', '钱店镇'].sort());
});

test('the departments of a county are its offices, departments and institutions: not its government, not its court', () => {
  const { places } = placeSite();
  assert.deepEqual(names(peerGroup(places, '411625', 'departments')!.members).sort(), ['郸城县教育体育局', '郸城县财政局'].sort());
  // one department is no group: 周口市公安局, 延津县人民政府办公室
  assert.equal(peerGroup(places, '4116', 'departments'), null);
  assert.equal(peerGroup(places, '410726', 'departments'), null);
  assert.equal(peerGroup(places, '411625106', 'departments'), null);
  assert.deepEqual(peerGroups(places).map((g) => `${g.place.code} ${g.kind}`), ['411625 townships', '411625 departments']);
});

test('an agency finds its group: a township government its county’s townships, a department its government’s departments', () => {
  const site = placeSite();
  const agency = (name: string) => site.agencies.find((a) => a.name === name)!;
  const group = (name: string) => {
    const g = groupOfAgency(site.places, agency(name));
    return g && `${g.place.code} ${g.kind}`;
  };
  assert.equal(group('石槽镇'), '411625 townships');
  assert.equal(group('郸城县财政局'), '411625 departments');
  assert.equal(group('钱店镇党政办公室'), null);
  assert.equal(group('郸城县人民法院'), null);
  assert.equal(group('郸城县人民政府'), null);
  assert.equal(group('城关镇'), null);
});
