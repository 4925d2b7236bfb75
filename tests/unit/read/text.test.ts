import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitCells } from '../../../src/lib/read/text.ts';
import { decodeText } from '../../../src/lib/read/decode.ts';
import { htmlToDocument } from '../../../src/lib/read/html.ts';
import { ReadError } from '../../../src/lib/read/types.ts';

test('cells split at tabs, pipes (with or without outer pipes), runs of spaces, or before trailing numbers', () => {
  assert.deepEqual(splitCells('a\t\tb\t'), ['a', '', 'b', '']);
  assert.deepEqual(splitCells('| a | b |'), ['a', 'b']);
  assert.deepEqual(splitCells('a | | b'), ['a', '', 'b']);
  assert.deepEqual(splitCells('|---|:---:|'), []);
  assert.deepEqual(splitCells('规章          1          0        11'), ['规章', '1', '0', '11']);
  assert.deepEqual(splitCells('(七) 总计 13 3 0 1 2 0 19'), ['(七) 总计', '13', '3', '0', '1', '2', '0', '19']);
  assert.deepEqual(splitCells('钱店镇 2024 年政府信息公开工作年度报告'), ['钱店镇 2024 年政府信息公开工作年度报告']);
  assert.deepEqual(splitCells('|'), []);
});

test('encodings are detected from the bytes', () => {
  const text = '政府信息公开工作年度报告，本年新收申请40件';
  assert.deepEqual(decodeText(new TextEncoder().encode(text)), { text, encoding: 'utf-8', warnings: [] });
  assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), { text, encoding: 'utf-8+bom', warnings: [] });
  assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), { text, encoding: 'utf-16le+bom', warnings: [] });
  // GB18030 bytes of 政府信息公开 (written by hand from the GB2312 code table).
  const gb = Buffer.from([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa]);
  assert.deepEqual(decodeText(gb), { text: '政府信息公开', encoding: 'gb18030', warnings: [] });
});

test('bad bytes are refused with a code', () => {
  const code = (bytes: Uint8Array) => {
    try {
      decodeText(bytes);
      return 'read';
    } catch (error) {
      return (error as ReadError).code;
    }
  };
  assert.equal(code(new Uint8Array()), 'empty-file');
  assert.equal(code(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), 'binary-file');
  assert.equal(code(Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve r\xe9sum\xe9 d\xe9j\xe0 vu', 'latin1')), 'unknown-encoding');
});

test('HTML: rows of cells, colspan padded, rowspan not repeated, scripts dropped, text never markup', () => {
  const doc = htmlToDocument(`<html><head><script>alert(1)</script><style>td{}</style></head><body>
    <p>钱店镇&nbsp;2024年政府信息公开工作年度报告</p>
    <table><tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td colspan="2">0</td><td>1</td></tr>
    <tr><td>总<br>计</td><td>&lt;b&gt;</td></tr></table><div>六、其他<b>需要</b>报告的事项</div></body></html>`);
  assert.deepEqual(doc.lines.map((l) => l.cells), [
    ['钱店镇 2024年政府信息公开工作年度报告'],
    ['（三）不予公开', '1.属于国家秘密', '0', '', '1'],
    ['总计', '<b>'],
    ['六、其他需要报告的事项'],
  ]);
  assert.equal(doc.exactCells, true);
});
