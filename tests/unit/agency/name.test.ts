import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameForm, VARIANT_CHARACTERS } from '../../../src/lib/agency/name.ts';

test('names compare without spaces, marks and full-width forms, with variant characters replaced', () => {
  assert.equal(nameForm(' 钱店镇 人民政府 '), '钱店镇人民政府');
  assert.equal(nameForm('**延津县（人民政府）**'), '延津县(人民政府)');
  assert.equal(nameForm('ＸＸ县'), 'XX县');
  // The seed prints 郭楞, the official list 郭愣: both compare as one.
  assert.equal(nameForm('吉尔格勒特郭楞蒙古民族乡'), nameForm('吉尔格勒特郭愣蒙古民族乡'));
  assert.equal(nameForm('於潜镇'), '于潜镇');
  assert.equal(nameForm('东漖街道'), '东滘街道');
});

test('the variant table maps each character to another, never to itself or in a chain', () => {
  for (const [from, to] of Object.entries(VARIANT_CHARACTERS)) {
    assert.notEqual(from, to);
    assert.equal(VARIANT_CHARACTERS[to], undefined, `${to} is itself mapped`);
  }
});

test('each Markdown mark is removed: headings, quotes, emphasis; each variant character replaced', () => {
  assert.equal(nameForm('## 钱店镇'), '钱店镇');
  assert.equal(nameForm('> 钱店镇'), '钱店镇');
  assert.equal(nameForm('*钱店镇*'), '钱店镇');
  assert.equal(nameForm('钱店镇\n人民政府\t'), '钱店镇人民政府');
  assert.equal(nameForm('大嶴村'), '大岙村');
  assert.equal(nameForm('吉尔格勒特郭愣蒙古民族乡'), '吉尔格勒特郭楞蒙古民族乡');
});

test('Latin letters are kept as letters, and every variant of a name is replaced, not only the first', () => {
  assert.equal(nameForm('Ｓ３１２ 国道管理站'), 'S312国道管理站');
  assert.equal(nameForm('於嶴村'), '于岙村');
});
