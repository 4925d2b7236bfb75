/**
 * The RTF reader's bounds (read/rtf.ts): how deep groups may nest, how long a paragraph and all of
 * them may be, and how many are read. Apart from rtf.test.ts because they take seconds: a
 * mutation run gives each mutant the quick tests first, and these only when those pass.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRtf } from '../../../src/lib/read/rtf.ts';
import { ReadError } from '../../../src/lib/read/types.ts';
import { cut, LIMITS } from '../../../src/lib/read/limits.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

test('groups nested beyond any real document are refused with a named failure', () => {
  const deep = `{\\rtf1${'{'.repeat(1_001)}x${'}'.repeat(1_001)}}`;
  assert.throws(() => readRtf(bytes(deep)), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-rtf');
  // At the bound itself it reads.
  const bound = `{\\rtf1${'{'.repeat(998)}x${'}'.repeat(998)}\\par}`;
  assert.deepEqual(readRtf(bytes(bound)).paragraphs.map((p) => p.text), ['x']);
});

test('a paragraph beyond LIMITS.lineChars is cut, with a note', () => {
  const long = 'a'.repeat(LIMITS.lineChars.value + 5);
  const { paragraphs, warnings } = readRtf(bytes(`{\\rtf1\\ansi\\pard ${long}\\par}`));
  assert.equal(paragraphs[0]!.text.length, LIMITS.lineChars.value);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]!.code, 'limit-reached');
});

test('all paragraphs together are kept within LIMITS.viewChars, and past LIMITS.lines reading stops, each with a note', () => {
  const paragraph = `\\pard ${'b'.repeat(50_000)}\\par`;
  const many = readRtf(bytes(`{\\rtf1\\ansi${paragraph.repeat(41)}}`));
  const kept = many.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  assert.equal(kept, LIMITS.viewChars.value);
  assert.deepEqual(many.warnings.map((w) => w.code), ['limit-reached']);
  const lines = readRtf(bytes(`{\\rtf1\\ansi${'\\par'.repeat(LIMITS.lines.value + 3)}}`));
  assert.equal(lines.paragraphs.length, LIMITS.lines.value);
  assert.deepEqual(lines.warnings, [{ code: 'limit-reached', message: cut('lines') }]);
});
