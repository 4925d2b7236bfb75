/**
 * Windows-1252 as the Encoding Standard has it: the bytes 0x80–0x9F are its letters and marks, not
 * Latin-1's control characters (which Node's own decoder gives); the five it leaves undefined stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeWindows1252, decoderFor } from '../../../src/lib/read/windows-1252.ts';

test('each byte of 0x80–0x9F is its Windows-1252 character; the five undefined ones stand for themselves', () => {
  const all = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
  assert.equal(all, '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  assert.equal(decodeWindows1252(Uint8Array.of(0x41, 0xe9, 0x93, 0x7f, 0xa0)), 'Aé“\u007F\u00A0');
});

test('a decoder by label: Windows-1252 under any of its names and for a label the runtime does not know; another code page as it is', () => {
  for (const label of ['windows-1252', 'cp1252', 'latin1', 'ascii', 'no-such-code-page']) assert.equal(decoderFor(label)(Uint8Array.of(0x80, 0x96)), '€–', label);
  // 中 is D6D0 in GBK; in Big5 A4A4.
  assert.equal(decoderFor('gbk')(Uint8Array.of(0xd6, 0xd0)), '中');
  assert.equal(decoderFor('big5')(Uint8Array.of(0xa4, 0xa4)), '中');
});
