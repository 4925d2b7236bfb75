/** Quoted phrases: taken out of the query for Pagefind, and held against each result's text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { holdsPhrases, parseQuery } from '../../../src/lib/search/phrase.ts';

test('ASCII, Chinese and corner-bracket quotes mark phrases; the words go to Pagefind without them', () => {
  assert.deepEqual(parseQuery('"指尖上的形式主义"'), { text: '指尖上的形式主义', phrases: ['指尖上的形式主义'] });
  assert.deepEqual(parseQuery('“指尖上的 形式主义” 「一网通办」'), { text: '指尖上的 形式主义 一网通办', phrases: ['指尖上的形式主义', '一网通办'] });
  assert.deepEqual(parseQuery('"Exact  Phrase" test'), { text: 'Exact Phrase test', phrases: ['exactphrase'] });
  assert.deepEqual(parseQuery('""'), { text: '', phrases: [] }, 'empty quotes are no phrase');
});

test('a Chinese word of two characters or more must be held as written; single characters and Latin words are Pagefind’s', () => {
  assert.deepEqual(parseQuery('行政复议'), { text: '行政复议', phrases: ['行政复议'] });
  assert.deepEqual(parseQuery('行政复议 不予公开'), { text: '行政复议 不予公开', phrases: ['行政复议', '不予公开'] });
  assert.deepEqual(parseQuery('整改 “形式主义”'), { text: '整改 形式主义', phrases: ['形式主义', '整改'] });
  assert.deepEqual(parseQuery('乡 budget'), { text: '乡 budget', phrases: [] });
  assert.deepEqual(parseQuery('"未闭合'), { text: '"未闭合', phrases: ['未闭合'] }, 'an unclosed quote marks nothing; the word is still a word');
});

test('a text holds a phrase as written, across line breaks and full-width forms, not its words apart', () => {
  const content = '我镇坚决纠治“指尖上的\n形式主义”，ＡＢＣ 整改';
  assert.equal(holdsPhrases(content, parseQuery('"指尖上的形式主义"').phrases), true);
  assert.equal(holdsPhrases(content, parseQuery('"abc整改"').phrases), true);
  assert.equal(holdsPhrases('形式主义问题仍在，指尖上的工作需加强', parseQuery('"指尖上的形式主义"').phrases), false);
  assert.equal(holdsPhrases(content, parseQuery('“指尖上的形式主义” "不存在"').phrases), false, 'every phrase must be held');
  assert.equal(holdsPhrases(content, []), true);
});
