/**
 * How sectionText joins a section's printed lines into paragraphs: wrapped lines join without a
 * space between Chinese characters and with one between Latin words or digits; a paragraph ends
 * after a sentence, before a numbered point and at a blank line. (It once did this in quadratic
 * time; the joining is what must not change.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionText } from '../../../src/lib/parse/sections.ts';
import type { RawLine } from '../../../src/lib/read/types.ts';

const lines = (texts: string[]): RawLine[] => texts.map((t, i) => ({ cells: t ? [t] : [], place: { line: i + 1 } }));

test('wrapped lines join into paragraphs, which end at a sentence, a numbered point or a blank line', () => {
  const doc = lines(['标题', '本机关依法', '主动公开。', 'ICP', 'record 2024', '（一）要点', '', '下一段', '完']);
  assert.equal(sectionText(doc, 1, doc.length), '本机关依法主动公开。\nICP record 2024\n（一）要点\n下一段完');
});
