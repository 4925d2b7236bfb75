/**
 * How sectionText joins a section's printed lines into paragraphs: wrapped lines join without a
 * space between Chinese characters and with one between Latin words or digits; a paragraph ends
 * after a sentence, before a numbered point and at a blank line. (It once did this in quadratic
 * time; the joining is what must not change.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { headingOf, sectionText } from '../../../src/lib/parse/sections.ts';
import type { RawLine } from '../../../src/lib/read/types.ts';

const lines = (texts: string[]): RawLine[] => texts.map((t, i) => ({ cells: t ? [t] : [], place: { line: i + 1 } }));

test('wrapped lines join into paragraphs, which end at a sentence, a numbered point or a blank line', () => {
  const doc = lines(['标题', '本机关依法', '主动公开。', 'ICP', 'record 2024', '（一）要点', '', '下一段', '完']);
  assert.equal(sectionText(doc, 1, doc.length), '本机关依法主动公开。\nICP record 2024\n（一）要点\n下一段完');
});

test('the cells of a line joined by one space, trimmed; blank lines at the start and in a row end no empty paragraph', () => {
  const doc = lines(['', '  本机关依法  ', '主动公开。', '', '', '']);
  assert.equal(sectionText(doc, 0, doc.length), '本机关依法主动公开。');
  const cells: RawLine[] = [{ cells: ['ICP', '', 'record'], place: { line: 1 } }];
  assert.equal(sectionText(cells, 0, 1), 'ICP record');
});

test('a numbered point begins a paragraph: 1. 12. （一） 一是; a number or 一是 inside a line does not', () => {
  const doc = lines(['本机关依法', '1.要点', '截至', '12.要点', '做法如下', '一是加强学习', '坚持', '统一是前提', '上线公开平台', '公开平台2.0版本']);
  assert.equal(sectionText(doc, 0, doc.length), '本机关依法\n1.要点截至\n12.要点做法如下\n一是加强学习坚持统一是前提上线公开平台公开平台2.0版本');
});

test('a space only between Latin letters or digits on both sides of the break, never at a paragraph start', () => {
  const doc = lines(['本机关使用', 'OA系统办公；', '截至2024', '年底共收到申请18件', '', 'record 2024']);
  assert.equal(sectionText(doc, 0, doc.length), '本机关使用OA系统办公；\n截至2024年底共收到申请18件\nrecord 2024');
  const latin = lines(['ICP', '', 'record']);
  assert.equal(sectionText(latin, 0, latin.length), 'ICP\nrecord');
});

describe('headingOf', () => {
  const heading = (...cells: string[]) => headingOf({ cells, place: { line: 7 } });
  test('a Markdown or rich-text mark around it; the numeral in a cell of its own', () => {
    assert.equal(heading('## 一、总体情况'), 'overview');
    assert.equal(heading('**五、存在的主要问题及改进情况**'), 'problems');
    assert.equal(heading('一', '、总体情况'), 'overview');
    assert.equal(heading('一 总体情况'), 'overview', 'a space after the numeral');
  });
  test('the numeral must be followed by its mark: 一总体情况 and 一季度总体情况，… are no headings', () => {
    assert.equal(heading('一总体情况'), null);
    assert.equal(heading('一季度总体情况，良好'), null);
    assert.equal(heading('1、总体情况'), null, 'an Arabic numeral is no section numeral');
  });
  test('a heading has at most 40 characters, counted without the spaces around it', () => {
    const forty = `一、总体情况${'本'.repeat(34)}`;
    assert.equal(forty.length, 40);
    assert.equal(heading(forty), 'overview');
    assert.equal(heading(`${forty}。`), null);
    assert.equal(heading(`一、总体情况${' '.repeat(40)}`), 'overview');
    assert.equal(heading(`**${forty}**`), 'overview', 'the Markdown marks around it are not counted');
    assert.equal(heading(`一、**总体情况**${'本'.repeat(31)}`), null, 'marks inside it are: 41');
  });
});
