/** The stamp beside ingest's outputs, and the cheap check of a report from a stamped folder. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { z } from 'zod';
import { looksLikeReport, schemaVersion, STAMP_FILE, stampJson, stampTrusted } from '../../../src/lib/template/data-stamp.ts';
import { LogEntry, Report } from '../../../src/lib/template/schema.ts';

test('the contract’s version is 16 hex digits, the same each time it is asked', () => {
  assert.match(schemaVersion(), /^[0-9a-f]{16}$/);
  assert.equal(schemaVersion(), schemaVersion());
});

test('the version is the start of a SHA-256 of the contract as written: Report and LogEntry as JSON Schema, as input', () => {
  // The input side: what a report file may hold, a field with a default left out.
  const contract = JSON.stringify([z.toJSONSchema(Report, { io: 'input' }), z.toJSONSchema(LogEntry, { io: 'input' })]);
  assert.equal(schemaVersion(), createHash('sha256').update(contract).digest('hex').slice(0, 16));
  const asOutput = JSON.stringify([z.toJSONSchema(Report), z.toJSONSchema(LogEntry)]);
  assert.notEqual(asOutput, contract, 'the two sides differ, so the side matters');
});

test('the stamp is one line of JSON naming the contract and the parser', () => {
  assert.equal(STAMP_FILE, 'data-stamp.json');
  assert.equal(stampJson('p-7'), `{"schema":"${schemaVersion()}","parser":"p-7"}\n`);
  assert.equal(stampJson(null), `{"schema":"${schemaVersion()}","parser":null}\n`);
});

test('a stamp is trusted only when it names this contract; anything malformed is not', () => {
  assert.equal(stampTrusted(stampJson('p-7')), true);
  assert.equal(stampTrusted(`{"schema":"${schemaVersion()}"}`), true, 'the parser is not part of the contract');
  assert.equal(stampTrusted('{"schema":"0123456789abcdef","parser":"p-7"}'), false, 'another contract');
  assert.equal(stampTrusted(null), false, 'no stamp file');
  assert.equal(stampTrusted('null'), false);
  assert.equal(stampTrusted('{"schema":'), false, 'cut short');
  assert.equal(stampTrusted(`"${schemaVersion()}"`), false, 'a bare string');
  assert.equal(stampTrusted('{}'), false);
});

const report = () => ({
  id: '2023-hong-qi-1a2b3c4d',
  agency: '红旗区人民政府',
  agencyKey: '410702 红旗区人民政府',
  year: 2023,
  level: 'county',
  status: 'ok',
  source: { format: 'pdf', path: 'a.pdf' },
  applications: {},
  reviewLitigation: {},
  activeDisclosure: {},
  sections: {},
  checks: [],
  notes: [],
  unread: [],
});

test('a report with every field the pages read first passes the cheap check; a year may be null', () => {
  assert.equal(looksLikeReport(report()), true);
  assert.equal(looksLikeReport({ ...report(), year: null }), true);
});

test('a value that is no object, or an object short of any one field or with it of another type, is refused', () => {
  assert.equal(looksLikeReport(null), false);
  assert.equal(looksLikeReport('2023-hong-qi-1a2b3c4d'), false);
  assert.equal(looksLikeReport([report()]), false);
  const strings = ['id', 'agency', 'agencyKey', 'level', 'status'];
  const objects = ['source', 'applications', 'reviewLitigation', 'activeDisclosure', 'sections'];
  const arrays = ['checks', 'notes', 'unread'];
  for (const field of [...strings, 'year', ...objects, ...arrays]) {
    const { [field as keyof ReturnType<typeof report>]: _, ...without } = report();
    assert.equal(looksLikeReport(without), false, `without ${field}`);
  }
  for (const field of strings) assert.equal(looksLikeReport({ ...report(), [field]: 7 }), false, `${field} a number`);
  assert.equal(looksLikeReport({ ...report(), year: '2023' }), false, 'year a string');
  for (const field of objects) {
    assert.equal(looksLikeReport({ ...report(), [field]: null }), false, `${field} null`);
    assert.equal(looksLikeReport({ ...report(), [field]: [] }), false, `${field} a list`);
    assert.equal(looksLikeReport({ ...report(), [field]: 'x' }), false, `${field} a string`);
  }
  for (const field of arrays) assert.equal(looksLikeReport({ ...report(), [field]: {} }), false, `${field} an object`);
});
