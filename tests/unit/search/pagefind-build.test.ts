/**
 * The index is built from the data while Astro renders the pages; once both are done, the reports
 * indexed must be exactly the report pages written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexMismatch } from '../../../src/lib/search/pagefind-build-fs.ts';

test('no mismatch when every report page has its record, whatever other pages there are', () => {
  assert.deepEqual(indexMismatch(['/report/2024-a/', 'report/nd-b/', '/agency/a/', '/'], new Set(['2024-a', 'nd-b'])), []);
});

test('a page without a record and a record without a page are both named', () => {
  assert.deepEqual(indexMismatch(['/report/2024-a/', '/report/2023-c/'], new Set(['2024-a', '2022-d'])), ['page without record: 2023-c', 'record without page: 2022-d']);
});
