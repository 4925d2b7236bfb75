/**
 * Report addresses that last: a report's id is its file's (ingest/ids.ts), so a corrected copy of a
 * file is published under a new id. The record of published addresses keeps the old id and leads
 * it to the report of the same agency and year, or, where that agency has two reports of the year,
 * to a page listing them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { addresses, movedReportPaths, withoutOldReports, type AddressRecord } from '../../../src/lib/search/addresses.ts';
import { readAddressRecord } from '../../../src/lib/search/addresses-fs.ts';
import { groupAgencies } from '../../../src/lib/site/agencies.ts';
import { division, makeReport } from '../fixture-reports.ts';

const QIAN_DIAN = { agency: '钱店镇', agencyKey: '411625106 钱店镇', division: division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['411625106', '钱店镇']]) };
const qd2023 = makeReport({ ...QIAN_DIAN, id: '2023-qian-dian-zhen-5c1e07d2', year: 2023 });
const qd2024 = makeReport({ ...QIAN_DIAN, id: '2024-qian-dian-zhen-78db50d4', year: 2024 });
/** The 2024 report's file replaced by a corrected copy: other bytes, another id. */
const qd2024fixed = makeReport({ ...QIAN_DIAN, id: '2024-qian-dian-zhen-a41c9e07', year: 2024 });
const qd2024again = makeReport({ ...QIAN_DIAN, id: '2024-qian-dian-zhen-e90b3f16', year: 2024 });

const record = (...reports: ReturnType<typeof makeReport>[]) => addresses(groupAgencies(reports), null).record;

test('a report whose file was replaced by one corrected copy: its old address leads to the new report, and the record keeps it', () => {
  const first = record(qd2023, qd2024);
  assert.deepEqual(first.reports, []);
  const second = addresses(groupAgencies([qd2023, qd2024fixed]), first);
  assert.deepEqual(
    [...second.movedReports].map(([id, m]) => [id, m.agency.slug, m.year, m.reports.map((r) => r.id)]),
    [['2024-qian-dian-zhen-78db50d4', 'qian-dian-zhen-411625106', 2024, ['2024-qian-dian-zhen-a41c9e07']]],
  );
  assert.deepEqual(second.record.reports, [{ id: '2024-qian-dian-zhen-78db50d4', key: '411625106 钱店镇', year: 2024, to: '2024-qian-dian-zhen-a41c9e07' }]);
  // The agency's own entry holds its reports now; the 2023 report kept its address and is not listed.
  assert.deepEqual(second.record.addresses.map((e) => e.reports), [['2023-qian-dian-zhen-5c1e07d2', '2024-qian-dian-zhen-a41c9e07']]);

  // Later builds read the old id back from the record: corrected again, both old ids lead to the newest copy.
  const third = addresses(groupAgencies([qd2023, qd2024again]), second.record);
  assert.deepEqual(
    [...third.movedReports].map(([id, m]) => [id, m.reports.map((r) => r.id)]),
    [
      ['2024-qian-dian-zhen-78db50d4', ['2024-qian-dian-zhen-e90b3f16']],
      ['2024-qian-dian-zhen-a41c9e07', ['2024-qian-dian-zhen-e90b3f16']],
    ],
  );
  assert.deepEqual(third.record.reports?.map((e) => [e.id, e.to]), [
    ['2024-qian-dian-zhen-78db50d4', '2024-qian-dian-zhen-e90b3f16'],
    ['2024-qian-dian-zhen-a41c9e07', '2024-qian-dian-zhen-e90b3f16'],
  ]);
});

test('a record written before report addresses were kept (no `reports`) still leads a replaced report on', () => {
  const previous: AddressRecord = { version: 1, addresses: [{ slug: 'qian-dian-zhen', key: '411625106 钱店镇', reports: ['2024-qian-dian-zhen-78db50d4'] }] };
  const built = addresses(groupAgencies([qd2024fixed]), previous);
  assert.deepEqual([...built.movedReports.keys()], ['2024-qian-dian-zhen-78db50d4']);
  assert.equal(built.movedReports.get('2024-qian-dian-zhen-78db50d4')!.reports[0]!.id, '2024-qian-dian-zhen-a41c9e07');
  assert.equal(built.moved.get('qian-dian-zhen')?.slug, 'qian-dian-zhen-411625106', 'the agency address moves on as before');
});

test('two reports of the agency and year now: no guess, the old address lists both and the record names no successor', () => {
  const first = record(qd2023, qd2024);
  const built = addresses(groupAgencies([qd2023, qd2024fixed, qd2024again]), first);
  const move = built.movedReports.get('2024-qian-dian-zhen-78db50d4')!;
  assert.deepEqual(move.reports.map((r) => r.id), ['2024-qian-dian-zhen-a41c9e07', '2024-qian-dian-zhen-e90b3f16']);
  assert.deepEqual(built.record.reports, [{ id: '2024-qian-dian-zhen-78db50d4', key: '411625106 钱店镇', year: 2024 }]);
});

test('a report gone with no other of its year leads nowhere but stays in the record; back again, it is current', () => {
  const first = record(qd2023, qd2024);
  const gone = addresses(groupAgencies([qd2023]), first);
  assert.equal(gone.movedReports.size, 0);
  assert.deepEqual(gone.record.reports, [{ id: '2024-qian-dian-zhen-78db50d4', key: '411625106 钱店镇', year: 2024 }]);
  // A copy of that year comes later: the address kept leads to it.
  const copied = addresses(groupAgencies([qd2023, qd2024fixed]), gone.record);
  assert.deepEqual(copied.movedReports.get('2024-qian-dian-zhen-78db50d4')?.reports.map((r) => r.id), ['2024-qian-dian-zhen-a41c9e07']);
  // The file itself comes back: its address is a report's own again, out of the old list.
  const back = addresses(groupAgencies([qd2023, qd2024]), gone.record);
  assert.equal(back.movedReports.size, 0);
  assert.deepEqual(back.record.reports, []);
});

test('a report of another year or another agency never takes an old address', () => {
  const shiCao = makeReport({ agency: '石槽镇', agencyKey: '411625108 石槽镇', id: '2024-shi-cao-zhen-1f0d2a93', year: 2024, division: division([['41', '河南省'], ['4116', '周口市'], ['411625', '郸城县'], ['411625108', '石槽镇']]) });
  const first = record(qd2023, qd2024, shiCao);
  const built = addresses(groupAgencies([qd2023, shiCao, makeReport({ ...QIAN_DIAN, id: '2025-qian-dian-zhen-9d3b6c11', year: 2025 })]), first);
  assert.equal(built.movedReports.size, 0);
});

test('a report without a year leads nowhere: another undated report of the agency may be of any year', () => {
  const undated = makeReport({ ...QIAN_DIAN, id: 'nd-qian-dian-zhen-3b7a0c55', year: null });
  const undatedFixed = makeReport({ ...QIAN_DIAN, id: 'nd-qian-dian-zhen-6e2f94d8', year: null });
  const built = addresses(groupAgencies([qd2023, undatedFixed]), record(qd2023, undated));
  assert.equal(built.movedReports.size, 0);
  assert.deepEqual(built.record.reports, [{ id: 'nd-qian-dian-zhen-3b7a0c55', key: '411625106 钱店镇', year: null }]);
});

test('an unplaced agency settled while one of its reports was corrected: the old report address leads to the placed agency’s report of the year', () => {
  // Two reports filed loose at the top of the content folder, then placed by a line of agencies.csv;
  // the 2022 file was replaced by a corrected copy at the same time.
  const loose2021 = makeReport({ agency: '钱店镇', id: '2021-qian-dian-zhen-27e4b9a0', year: 2021, path: '钱店镇/2021.txt' });
  const loose2022 = makeReport({ agency: '钱店镇', id: '2022-qian-dian-zhen-0c4d8e21', year: 2022, path: '钱店镇/2022.txt' });
  const first = record(qd2023, loose2021, loose2022);
  const placed2021 = makeReport({ ...QIAN_DIAN, id: '2021-qian-dian-zhen-27e4b9a0', year: 2021, path: '钱店镇/2021.txt' });
  const placed2022 = makeReport({ ...QIAN_DIAN, id: '2022-qian-dian-zhen-b7135f60', year: 2022, path: '钱店镇/2022.txt' });
  const agencies = groupAgencies([qd2023, placed2021, placed2022]);
  const built = addresses(agencies, first);
  const move = built.movedReports.get('2022-qian-dian-zhen-0c4d8e21')!;
  assert.deepEqual([move.agency.slug, move.year, move.reports.map((r) => r.id)], ['qian-dian-zhen-411625106', 2022, ['2022-qian-dian-zhen-b7135f60']]);
  assert.deepEqual(built.record.reports?.map((e) => [e.id, e.key, e.to]), [['2022-qian-dian-zhen-0c4d8e21', '钱店镇 @钱店镇/', '2022-qian-dian-zhen-b7135f60']], 'recorded with the identity it was published under');
  // A later build finds the placed agency from that identity's old address.
  assert.equal(addresses(agencies, built.record).movedReports.get('2022-qian-dian-zhen-0c4d8e21')?.agency.slug, 'qian-dian-zhen-411625106');
});

test('an id listed under an old agency address and under the current one takes the identity it was last published under', () => {
  // 钱店镇 2024 was first filed loose (its own address), then placed, keeping its id; now its file is corrected.
  const previous: AddressRecord = {
    version: 1,
    addresses: [
      { slug: 'qian-dian-zhen-0a1b2c', key: '钱店镇 @钱店镇/', reports: ['2024-qian-dian-zhen-78db50d4'], to: 'qian-dian-zhen-411625106' },
      { slug: 'qian-dian-zhen-411625106', key: '411625106 钱店镇', reports: ['2023-qian-dian-zhen-5c1e07d2', '2024-qian-dian-zhen-78db50d4'] },
    ],
  };
  const built = addresses(groupAgencies([qd2023, qd2024fixed]), previous);
  assert.deepEqual(built.record.reports, [{ id: '2024-qian-dian-zhen-78db50d4', key: '411625106 钱店镇', year: 2024, to: '2024-qian-dian-zhen-a41c9e07' }]);
});

test('the old report address is served by the build part of the agency it leads to', () => {
  const agencies = groupAgencies([qd2023, qd2024fixed]);
  const built = addresses(agencies, record(qd2023, qd2024));
  assert.deepEqual(
    movedReportPaths(built.movedReports, agencies).map((p) => [p.params.id, p.props.move.reports.length]),
    [['2024-qian-dian-zhen-78db50d4', 1]],
  );
  assert.deepEqual(movedReportPaths(built.movedReports, []), []);
});

test('the pages at old report addresses are left out of what a build indexes and publishes; every other page stays', () => {
  const built = addresses(groupAgencies([qd2023, qd2024fixed]), record(qd2023, qd2024));
  const pages = ['/report/2024-qian-dian-zhen-78db50d4/', 'report/2024-qian-dian-zhen-a41c9e07/', '/agency/qian-dian-zhen-411625106/', '/'];
  assert.deepEqual(withoutOldReports(pages, built.record), ['report/2024-qian-dian-zhen-a41c9e07/', '/agency/qian-dian-zhen-411625106/', '/']);
  assert.deepEqual(withoutOldReports(pages, null), pages);
});

test('the record is read back with its old report addresses; a malformed one stops the build, naming the file and the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-addresses-'));
  const path = join(dir, 'published-addresses.json');
  const built = addresses(groupAgencies([qd2023, qd2024fixed]), record(qd2023, qd2024));
  writeFileSync(path, JSON.stringify(built.record));
  assert.deepEqual(readAddressRecord(path)?.reports, [{ id: '2024-qian-dian-zhen-78db50d4', key: '411625106 钱店镇', year: 2024, to: '2024-qian-dian-zhen-a41c9e07' }]);
  writeFileSync(path, JSON.stringify({ ...built.record, reports: [{ id: '2024-qian-dian-zhen-78db50d4', key: '411625106 钱店镇', year: '2024' }] }));
  assert.throws(() => readAddressRecord(path), (e: Error) => e.message.startsWith(`${path}: not a record of published addresses`) && e.message.includes('at reports.0.year'));
});
