import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readPdf } from '../../../src/lib/read/pdf.ts';
import { ReadError, type RawDocument } from '../../../src/lib/read/types.ts';
import { pdfOf } from '../hostile/long-files.ts';

const fixture = new Uint8Array(readFileSync(new URL('../../fixtures/real/huaian-2024.pdf', import.meta.url)));

let cached: Promise<RawDocument> | undefined;
const huaian = () => (cached ??= readPdf(fixture));

const isNumber = (c: string) => /^-?\d+(\.\d+)?$/.test(c);
const numbersOf = (cells: string[]) => cells.filter(isNumber).map(Number);
const textOf = (cells: string[]) => cells.join(' ');

/** Builds a minimal PDF: one content stream per page, Helvetica as /F1, with a correct xref;
 * `extra` adds entries to the trailer or to every page dictionary. */
function makePdf(pages: string[], extra: { trailer?: string; page?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((content, i) => {
    objects[pageIds[i]!] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${extra.page ?? ''} /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R ${extra.trailer ?? ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A text-showing operator at (x, y) in 12pt Helvetica. */
const show = (x: number, y: number, s: string, size = 12) => `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET`;

async function rejectsWith(bytes: Uint8Array, code: string) {
  await assert.rejects(readPdf(bytes), (e: unknown) => {
    assert.ok(e instanceof ReadError, `expected a ReadError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.ok(e.message.length > 20, 'the message says what is wrong');
    return true;
  });
}

test('the title comes out as its two printed lines, first in the document', async () => {
  const doc = await huaian();
  assert.deepEqual(doc.lines[0]!.cells, ['淮安市人民政府']);
  assert.deepEqual(doc.lines[1]!.cells, ['2024 年政府信息公开工作年度报告']);
});

test('cells are not exact, and none is empty', async () => {
  const doc = await huaian();
  assert.equal(doc.exactCells, false);
  assert.ok(doc.lines.every((l) => l.cells.length > 0 && l.cells.every((c) => c.trim() === c && c !== '')));
});

/**
 * Places read off the printed pages: the page, and the printed line counted from the top of it
 * (running header and page number included; a table row is one line). On page 4 the header of
 * table 三 prints its cells at seven heights (申请人情况; the identity note's first half beside
 * 法人或其他组织; its second half; 自然人 and 总计; 商业企 科研机 社会公益 法律服务; 其他; 业 构
 * 组织 机构), so （一）予以公开 is the 17th line of page 4.
 */
test('every line has its page and its line on that page', async () => {
  const doc = await huaian();
  const placeOf = (start: string) => doc.lines.find((l) => textOf(l.cells).startsWith(start))?.place;
  assert.deepEqual(placeOf('淮安市人民政府'), { page: 1, line: 1 });
  assert.deepEqual(placeOf('制。报告所列统计期限'), { page: 1, line: 5 });
  assert.deepEqual(placeOf('二、主动公开政府信息情况'), { page: 3, line: 13 });
  assert.deepEqual(placeOf('行政规范性文件'), { page: 3, line: 17 });
  assert.deepEqual(placeOf('三、收到和处理政府信息公开申请情况'), { page: 4, line: 7 });
  assert.deepEqual(placeOf('（一）予以公开'), { page: 4, line: 17 });
  // The first line of page 5 continues table 三: the second half of the vertical （四）无法提供.
  assert.deepEqual(placeOf('法提供'), { page: 5, line: 1 });
  assert.deepEqual(placeOf('六、其他需要报告的事项'), { page: 6, line: 11 });
});

test('prose lines stay one cell, with numbers kept inside the sentence', async () => {
  const doc = await huaian();
  const line = doc.lines.find((l) => textOf(l.cells).includes('全年收取政府信息公开信息处理费'));
  assert.deepEqual(line?.cells, ['办法》，全年收取政府信息公开信息处理费 3940 元。']);
  const intro = doc.lines.find((l) => textOf(l.cells).startsWith('制。报告所列统计期限'));
  assert.deepEqual(intro?.cells, ['制。报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。']);
});

test('every numeric row of table 三 has exactly its 7 printed numbers, in order', async () => {
  const doc = await huaian();
  const start = doc.lines.findIndex((l) => l.cells[0] === '三、收到和处理政府信息公开申请情况');
  const end = doc.lines.findIndex((l) => l.cells[0] === '四、政府信息公开行政复议、行政诉讼情况');
  assert.ok(start > 0 && end > start);
  const rows = doc.lines.slice(start, end).map((l) => numbersOf(l.cells)).filter((n) => n.length > 0);
  assert.deepEqual(rows, [
    [3001, 53, 0, 0, 61, 4, 3119], // 一、本年新收
    [34, 0, 0, 0, 0, 0, 34], // 二、上年结转
    [1288, 21, 0, 0, 50, 3, 1362], // （一）予以公开
    [447, 7, 0, 0, 0, 0, 454], // （二）部分公开
    [2, 0, 0, 0, 0, 0, 2], // （三）1.属于国家秘密
    [30, 1, 0, 0, 0, 0, 31], // 2.其他法律行政法规禁止公开
    [5, 0, 0, 0, 0, 0, 5], // 3.危及“三安全一稳定”
    [6, 0, 0, 0, 0, 0, 6], // 4.保护第三方合法权益
    [7, 1, 0, 0, 0, 0, 8], // 5.属于三类内部事务信息
    [12, 0, 0, 0, 0, 0, 12], // 6.属于四类过程性信息
    [9, 0, 0, 0, 0, 0, 9], // 7.属于行政执法案卷
    [105, 0, 0, 0, 0, 0, 105], // 8.属于行政查询事项
    [746, 12, 0, 0, 10, 1, 769], // （四）1.本机关不掌握
    [11, 0, 0, 0, 0, 0, 11], // 2.没有现成信息 (after the page break)
    [1, 0, 0, 0, 0, 0, 1], // 3.补正后申请内容仍不明确
    [56, 6, 0, 0, 0, 0, 62], // （五）1.信访举报投诉类申请
    [25, 0, 0, 0, 0, 0, 25], // 2.重复申请
    [0, 0, 0, 0, 0, 0, 0], // 3.要求提供公开出版物
    [0, 0, 0, 0, 0, 0, 0], // 4.无正当理由大量反复申请
    [1, 0, 0, 0, 0, 0, 1], // 5.要求行政机关确认或重新出具已获取信息
    [67, 3, 0, 0, 1, 0, 71], // （六）1.逾期不补正
    [6, 0, 0, 0, 0, 0, 6], // 2.逾期未缴费
    [108, 2, 0, 0, 0, 0, 110], // 3.其他
    [2932, 53, 0, 0, 61, 4, 3050], // （七）总计
    [103, 0, 0, 0, 0, 0, 103], // 四、结转下年度继续办理
  ]);
});

test('a table row is one line: its label cell, then one cell per number', async () => {
  const doc = await huaian();
  const cells = (label: string) => doc.lines.find((l) => l.cells.includes(label))?.cells;
  assert.deepEqual(cells('一、本年新收政府信息公开申请数量'), ['一、本年新收政府信息公开申请数量', '3001', '53', '0', '0', '61', '4', '3119']);
  assert.deepEqual(cells('（七）总计'), ['（七）总计', '2932', '53', '0', '0', '61', '4', '3050']);
  assert.deepEqual(cells('四、结转下年度继续办理'), ['四、结转下年度继续办理', '103', '0', '0', '0', '0', '0', '103']);
});

test('the section 四 row reads as 15 separate numbers', async () => {
  const doc = await huaian();
  const row = doc.lines.find((l) => l.cells[0] === '72');
  assert.deepEqual(row?.cells, ['72', '64', '178', '37', '351', '13', '4', '8', '1', '26', '12', '1', '1', '6', '20']);
});

test('section 二 numbers are single cells beside their labels', async () => {
  const doc = await huaian();
  const cells = (label: string) => doc.lines.find((l) => l.cells[0] === label)?.cells;
  assert.deepEqual(cells('行政事业性收费'), ['行政事业性收费', '96171.6']);
  assert.deepEqual(cells('行政许可'), ['行政许可', '447228']);
  assert.deepEqual(cells('行政处罚'), ['行政处罚', '3985758']);
  assert.deepEqual(cells('规章'), ['规章', '1', '0', '11']);
  assert.deepEqual(cells('信息内容'), ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
});

test('page numbers are gone and table 三 runs on across the page break', async () => {
  const doc = await huaian();
  const pageNumber = /^[-－—–]\s*\d+\s*[-－—–]$/;
  assert.deepEqual(doc.lines.filter((l) => pageNumber.test(textOf(l.cells))), []);
  assert.ok(doc.lines.every((l) => l.cells.every((c) => !/-\s*[1-6]\s*-/.test(c))));
  const before = doc.lines.findIndex((l) => l.cells.includes('1.本机关不掌握相关政府信息'));
  assert.deepEqual(doc.lines[before + 1]?.cells, ['法提供', '2.没有现成信息需要另行制作', '11', '0', '0', '0', '0', '0', '11']);
});

// How fast it reads belongs in `npm run bench`, not here: a loaded machine would fail a timing test.
test('reading a PDF leaves the caller’s bytes intact', async () => {
  await huaian();
  const copy = fixture.slice();
  await readPdf(copy);
  assert.equal(copy.byteLength, fixture.byteLength); // pdf.js would otherwise detach the buffer
});

test('bytes that are not a PDF throw unreadable-pdf', async () => {
  await rejectsWith(new TextEncoder().encode('<html><body>政府信息公开工作年度报告</body></html>'), 'unreadable-pdf');
  await rejectsWith(new Uint8Array(0), 'unreadable-pdf');
});

test('a truncated PDF throws unreadable-pdf', async () => {
  await rejectsWith(fixture.slice(0, fixture.length >> 1), 'unreadable-pdf');
});

test('a corrupt PDF throws unreadable-pdf', async () => {
  const corrupt = fixture.slice();
  for (let i = 2000; i < corrupt.length; i += 7) corrupt[i] = (corrupt[i]! * 31 + 7) & 255;
  await rejectsWith(corrupt, 'unreadable-pdf');
});

test('an encrypted PDF throws unreadable-pdf saying so', async () => {
  const hex32 = '<' + 'ab'.repeat(32) + '>';
  const encrypted = makePdf(
    [show(72, 700, 'Secret report text that cannot be read without the password')],
    { trailer: `/Encrypt << /Filter /Standard /V 1 /R 2 /O ${hex32} /U ${hex32} /P -4 >> /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` },
  );
  await assert.rejects(readPdf(encrypted), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-pdf' && /encrypted/.test(e.message));
});

test('a PDF without a text layer throws pdf-no-text', async () => {
  const scanned = makePdf(['0.5 g 72 72 451 698 re f', '0.5 g 72 72 451 698 re f ' + show(290, 30, '- 2 -')]);
  await assert.rejects(readPdf(scanned), (e: unknown) => e instanceof ReadError && e.code === 'pdf-no-text' && /OCR/.test(e.message));
});

test('a synthetic PDF: running headers, footers and page numbers go; body lines and cells stay', async () => {
  const page = (n: number, footer: string) =>
    [
      show(72, 800, 'Huaian Government Annual Report 2024', 10),
      show(72, 700, `Body text of page ${n} stays one cell`),
      // Two numbers 3pt apart (0.25em, less than a space in Helvetica): adjacent columns, never one number.
      show(72, 650, 'Row') + show(200, 650, '123') + show(223, 650, '45'),
      show(72, 600, '4/6'), // inside the body: not a page number
      show(285, 40, footer),
    ].join('\n');
  const doc = await readPdf(makePdf([page(1, '- 1 -'), page(2, '2'), page(3, '3/3')]));
  assert.deepEqual(
    doc.lines.map((l) => l.cells),
    [1, 2, 3].flatMap((n) => [[`Body text of page ${n} stays one cell`], ['Row', '123', '45'], ['4/6']]),
  );
});

test('a landscape page stored rotated (/Rotate 90) is read upright', async () => {
  // Text drawn running up the portrait page; the page's /Rotate 90 turns it into landscape lines.
  const up = (x: number, y: number, s: string) => `BT /F1 12 Tf 0 1 -1 0 ${x} ${y} Tm (${s}) Tj ET`;
  const content = [up(100, 100, 'First line of the landscape page'), up(120, 100, 'Label'), up(120, 300, '12'), up(120, 350, '34')];
  const doc = await readPdf(makePdf([content.join('\n')], { page: '/Rotate 90' }));
  assert.deepEqual(doc.lines.map((l) => l.cells), [['First line of the landscape page'], ['Label', '12', '34']]);
});

test('30 pages printing 100,000 characters each: the first 20 fill the view, the 21st is where reading stops, the rest are not read', async () => {
  // 100 lines a page, 5.5 points apart clear of the margins, each one item of 1,000 x at 1 point (500 points wide).
  const page = Array.from({ length: 100 }, (_, i) => `1 0 0 1 20 ${680 - 5.5 * i} Tm (${'x'.repeat(1000)}) Tj`).join(' ');
  const doc = await readPdf(new Uint8Array(pdfOf(`BT /F1 1 Tf ${page} ET`, 30)));
  // Pages 1–20 are 2,000,000 characters; all of page 21 is read, and refused.
  assert.deepEqual(doc.warnings?.map((w) => w.message), ['读出的原文共2,100,000字，原文视图只收录前2,000,000字（读取上限）；全文请下载原文核对']);
  assert.equal(doc.lines.length, 2000);
  assert.deepEqual(doc.lines.at(-1)!.place, { page: 20, line: 100 });
});

test('a text item of a million characters, and a line of 200,000 items, are cut at 100,000 characters and noted', async () => {
  const one = await readPdf(new Uint8Array(pdfOf(`BT /F1 0.0001 Tf 0 400 Td (${'x'.repeat(1_000_000)}) Tj ET`)));
  assert.deepEqual(one.lines.map((l) => l.cells.join('').length), [100_000]);
  assert.deepEqual(one.warnings?.map((w) => w.message), ['原文有1行超过100,000字，每行超出的部分未读入（读取上限）；全文请下载原文核对']);
  // Each item is placed where the one before ends: pdf.js joins them into items of its own, each cut.
  const many = await readPdf(new Uint8Array(pdfOf(`BT /F1 0.0001 Tf 0 400 Td ${'(ab) Tj 0.0001 0 Td '.repeat(200_000)}ET`)));
  assert.equal(many.lines.length, 1);
  assert.ok(many.lines[0]!.cells.join('').length <= 100_000);
  assert.match(many.warnings?.[0]?.message ?? '', /^原文有\d+行超过100,000字/);
});
