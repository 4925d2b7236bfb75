import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agencyPlace } from '../../../src/lib/views/place-links.ts';
import { reportView } from '../../../src/lib/views/report.ts';
import { agencyView } from '../../../src/lib/views/agency.ts';
import { placeSite, PLACE_REPORTS } from '../site/place-fixtures.ts';

test('a township’s breadcrumb leads from 全国 to its part of its county’s page, and to its county’s townships', () => {
  const site = placeSite();
  const v = agencyView(site, site.agencies.find((a) => a.name === '石槽镇')!);
  assert.deepEqual(v.place, {
    trail: [
      { name: '全国', href: '/place/' },
      { name: '河南省', href: '/place/41/' },
      { name: '周口市', href: '/place/4116/' },
      { name: '郸城县', href: '/place/411625/' },
      { name: '石槽镇', href: '/place/411625/#place-411625108' },
    ],
    unplaced: false,
    peers: { name: '郸城县各乡镇（街道）比较', href: '/place/411625/townships/' },
  });
});

test('a report page shows its agency’s place; a department leads to its government’s departments', () => {
  const site = placeSite();
  const report = PLACE_REPORTS.find((r) => r.agency === '郸城县财政局')!;
  const v = reportView(site, report, null);
  assert.deepEqual(v.place.trail.map((l) => l.name), ['全国', '河南省', '周口市', '郸城县']);
  assert.equal(v.place.trail.at(-1)!.href, '/place/411625/');
  assert.deepEqual(v.place.peers, { name: '郸城县各部门和单位比较', href: '/place/411625/departments/' });
});

test('an unplaced agency says so; a national body is under 全国; neither has peers', () => {
  const site = placeSite();
  const unplaced = agencyPlace(site, site.agencies.find((a) => a.name === '城关镇')!);
  assert.deepEqual(unplaced, { trail: [{ name: '全国', href: '/place/' }], unplaced: true, peers: null });
  const national = agencyPlace(site, site.agencies.find((a) => a.name === '国务院办公厅')!);
  assert.deepEqual(national, { trail: [{ name: '全国', href: '/place/' }], unplaced: false, peers: null });
  // 延津县's office is the only department of 延津县: no group to compare with
  assert.equal(agencyPlace(site, site.agencies.find((a) => a.name === '延津县人民政府办公室')!).peers, null);
});
