/**
 * The DOCX reader on the shapes of WordprocessingML a report's tables and text come in: merged
 * cells, a nested table, tracked changes, runs split mid-number, content controls, fields, text
 * boxes, notes. Documents are written with the docx package where it writes the shape, and as
 * hand-written word/document.xml where it does not; every expected value is read from the
 * document as written here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../../src/lib/read/docx.ts';
import { LIMITS } from '../../../src/lib/read/limits.ts';
import { ReadError, type RawDocument } from '../../../src/lib/read/types.ts';

async function written(children: (Paragraph | Table)[]): Promise<RawDocument> {
  return readDocx(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] }))));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"';

/** A DOCX whose body is `body`, with `extra` parts (word/footnotes.xml, word/styles.xml). */
function handWritten(body: string, extra: Record<string, string> = {}): Promise<RawDocument> {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`) };
  for (const [name, xml] of Object.entries(extra)) files[name] = strToU8(xml);
  return readDocx(zipSync(files));
}

const rows = (doc: RawDocument) => doc.lines.map((l) => [l.place.line, ...l.cells]);
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;

test('a cell over grid columns (gridSpan) is padded with empty cells, so the columns after it keep their places', async () => {
  const cell = (text: string, columnSpan = 1) => new TableCell({ children: [new Paragraph(text)], columnSpan });
  const doc = await written([
    new Paragraph('三、收到和处理政府信息公开申请情况'),
    new Table({
      rows: [
        new TableRow({ children: [cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3), cell('自然人'), cell('总计')] }),
        new TableRow({ children: [cell('一、本年新收政府信息公开申请数量', 3), cell('14'), cell('27')] }),
      ],
    }),
  ]);
  assert.deepEqual(rows(doc), [
    [1, '三、收到和处理政府信息公开申请情况'],
    [2, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '自然人', '总计'],
    [3, '一、本年新收政府信息公开申请数量', '', '', '14', '27'],
  ]);
  assert.equal(doc.exactCells, true);
  assert.ok(doc.lines.slice(1).every((l) => l.tableRow));
});

test('a cell merged down rows (vMerge) is read on its first row only, as a rowspan is', async () => {
  const group = (merge: (typeof VerticalMergeType)[keyof typeof VerticalMergeType], text: string) => new TableCell({ children: [new Paragraph(text)], verticalMerge: merge });
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = await written([
    new Table({
      rows: [
        new TableRow({ children: [group(VerticalMergeType.RESTART, '（三）不予公开'), cell('1．属于国家秘密'), cell('3')] }),
        new TableRow({ children: [group(VerticalMergeType.CONTINUE, ''), cell('2．其他法律行政法规禁止公开'), cell('5')] }),
        new TableRow({ children: [cell('（四）无法提供'), cell('1．本机关不掌握相关政府信息'), cell('8')] }),
      ],
    }),
  ]);
  assert.deepEqual(rows(doc), [
    [1, '（三）不予公开', '1．属于国家秘密', '3'],
    [2, '2．其他法律行政法规禁止公开', '5'],
    [3, '（四）无法提供', '1．本机关不掌握相关政府信息', '8'],
  ]);
});

test('a vMerge with no cell above it, and one restarting, begin cells of their own', async () => {
  const doc = await handWritten(
    `<w:tbl><w:tr>${tc(p('行政复议'), '<w:vMerge/>')}${tc(p('4'))}</w:tr>` +
      `<w:tr>${tc(p('行政诉讼'), '<w:vMerge w:val="restart"/>')}${tc(p('6'))}</w:tr>` +
      `<w:tr>${tc('<w:p/>', '<w:vMerge w:val="continue"/>')}${tc(p('9'))}</w:tr></w:tbl>`,
  );
  assert.deepEqual(rows(doc), [
    [1, '行政复议', '4'],
    [2, '行政诉讼', '6'],
    [3, '9'],
  ]);
});

test('a row beginning past empty grid columns (gridBefore) matches a vMerge to the column it is in', async () => {
  // Row 2's vMerge cell is in grid column 2, where no cell begins above it (申请人 begins in column 1): it is a cell of its own.
  const doc = await handWritten(
    `<w:tbl><w:tr>${tc(p('申请人'), '<w:gridSpan w:val="2"/>')}${tc(p('7'))}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('法人'), '<w:vMerge/>')}${tc(p('8'))}</w:tr></w:tbl>`,
  );
  assert.deepEqual(rows(doc), [
    [1, '申请人', '', '7'],
    [2, '法人', '8'],
  ]);
});

test('a number split over runs reads as one number, in a cell and in a paragraph', async () => {
  const cell = (...parts: string[]) => new TableCell({ children: [new Paragraph({ children: parts.map((text) => new TextRun(text)) })] });
  const doc = await written([
    new Paragraph({ children: [new TextRun('本年共收到申请'), new TextRun('1'), new TextRun('2'), new TextRun('件')] }),
    new Table({ rows: [new TableRow({ children: [cell('本年新收'), cell('1', '2'), cell('3', '0', '7')] })] }),
  ]);
  assert.deepEqual(rows(doc), [
    [1, '本年共收到申请12件'],
    [2, '本年新收', '12', '307'],
  ]);
});

test('tracked changes: inserted text kept, deleted text dropped, as Word shows them accepted', async () => {
  const change = { id: 1, author: '办公室', date: '2025-01-10T09:00:00Z' };
  const doc = await written([
    new Paragraph({ children: [new TextRun('本年新收申请'), new DeletedTextRun({ ...change, text: '19' }), new InsertedTextRun({ ...change, id: 2, text: '21' }), new TextRun('件')] }),
    new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph('予以公开')] }),
            new TableCell({ children: [new Paragraph({ children: [new TextRun('1'), new DeletedTextRun({ ...change, id: 3, text: '4' }), new InsertedTextRun({ ...change, id: 4, text: '6' })] })] }),
          ],
        }),
      ],
    }),
  ]);
  assert.deepEqual(rows(doc), [
    [1, '本年新收申请21件'],
    [2, '予以公开', '16'],
  ]);
});

test('a deleted row is no row, and a deleted paragraph mark joins its paragraph to the next', async () => {
  const doc = await handWritten(
    '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2025-01-10T09:00:00Z"/></w:rPr></w:pPr><w:r><w:t>本年度共收到申请</w:t></w:r></w:p>' +
      p('23件。') +
      `<w:tbl><w:tr><w:trPr><w:del w:id="2" w:author="a" w:date="2025-01-10T09:00:00Z"/></w:trPr>${tc(p('旧行'))}${tc(p('5'))}</w:tr>` +
      `<w:tr>${tc(p('予以公开'))}${tc(p('17'))}</w:tr></w:tbl>` +
      p('四、行政复议'),
  );
  assert.deepEqual(rows(doc), [
    [1, '本年度共收到申请23件。'],
    [2, '予以公开', '17'],
    [3, '四、行政复议'],
  ]);
});

test('a table nested in a cell: the outer row so far is a line, the nested rows are lines (each a row of the count), then the rest of the outer row', async () => {
  const nested = `<w:tbl><w:tr>${tc(p('自然人'))}${tc(p('11'))}</w:tr><w:tr>${tc(p('法人'))}${tc(p('13'))}</w:tr></w:tbl>`;
  const doc = await handWritten(
    p('二、申请情况') + `<w:tbl><w:tr>${tc(p('申请人'))}${tc(p('按类别') + nested + p('合计'))}${tc(p('24'))}</w:tr>` + `<w:tr>${tc(p('结转'))}${tc(p('2'))}${tc('<w:p/>')}</w:tr></w:tbl>` + p('三、其他'),
  );
  assert.deepEqual(rows(doc), [
    [1, '二、申请情况'],
    [2, '申请人', '按类别'],
    [3, '自然人', '11'],
    [4, '法人', '13'],
    [2, '合计', '24'],
    [5, '结转', '2', ''],
    [6, '三、其他'],
  ]);
});

test('content controls, smart tags, hyperlinks and moved-to text are read as their content; a field as its result, not its code', async () => {
  const doc = await handWritten(
    '<w:sdt><w:sdtPr><w:alias w:val="机关"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>红旗街道办事处</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:p><w:r><w:t xml:space="preserve">发布于 </w:t></w:r><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:r><w:t>2025年1月20日</w:t></w:r></w:smartTag></w:p>' +
      '<w:p><w:hyperlink w:anchor="t3"><w:r><w:t>见表三</w:t></w:r></w:hyperlink><w:moveFrom w:id="5" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom><w:moveTo w:id="6" w:author="a"><w:r><w:t>新位置</w:t></w:r></w:moveTo></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>' +
      '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>',
  );
  assert.deepEqual(rows(doc), [
    [1, '红旗街道办事处'],
    [2, '发布于 2025年1月20日'],
    [3, '见表三新位置'],
    [4, '第 3 页'],
    [5, '9'],
  ]);
});

test('tabs and line breaks: a break starts a line in a paragraph and folds away in a cell; page breaks end no line', async () => {
  const doc = await handWritten(
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr><w:r><w:t>联系电话</w:t><w:tab/><w:t>0517-1234</w:t><w:br/><w:t>地址</w:t><w:br w:type="page"/><w:t>淮安</w:t></w:r></w:p>' +
      `<w:tbl><w:tr>${tc('<w:p><w:r><w:t>总</w:t><w:br/><w:t>计</w:t></w:r></w:p><w:p><w:r><w:t>数</w:t></w:r></w:p>')}${tc(p('31'))}</w:tr></w:tbl>`,
  );
  assert.deepEqual(rows(doc), [
    [1, '联系电话 0517-1234'],
    [1, '地址淮安'],
    [2, '总计数', '31'],
  ]);
});

test('a text box is read once, from its VML form, after the paragraph holding it; footnote marks are left out and the notes come after the body', async () => {
  const box = '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:t>绘图框</w:t></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>';
  const footnotes = `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/><w:t>分隔</w:t></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>含转办件</w:t></w:r></w:p></w:footnote></w:footnotes>`;
  const doc = await handWritten(`<w:p><w:r><w:t>共</w:t></w:r><w:r>${box}</w:r><w:r><w:t>18</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>件</w:t></w:r></w:p>` + p('结束'), { 'word/footnotes.xml': footnotes });
  assert.deepEqual(rows(doc), [
    [1, '共18件'],
    [2, '文本框内容'],
    [3, '结束'],
    [4, '含转办件'],
  ]);
});

test('a paragraph styled Heading 1, by its ID or by its name, is title evidence', async () => {
  const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="a3"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Body Text"/></w:style></w:styles>`;
  const heading = (id: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const doc = await handWritten(heading('a3', '红旗街道办事处2023年政府信息公开工作年度报告') + heading('a5', '正文') + heading('Heading1', '一、总体情况'), { 'word/styles.xml': styles });
  assert.deepEqual(doc.titles, ['红旗街道办事处2023年政府信息公开工作年度报告', '一、总体情况']);
  assert.equal(doc.lines.length, 3);
});

test('a text node beyond LIMITS.lineChars is cut as it is read, with a note', async () => {
  const doc = await handWritten(p('长'.repeat(LIMITS.lineChars.value + 7)) + p('后文'));
  assert.equal(doc.lines[0]!.cells[0]!.length, LIMITS.lineChars.value);
  assert.deepEqual(doc.lines[1]!.cells, ['后文']);
  assert.equal(doc.warnings?.[0]?.code, 'limit-reached');
});

test('a DOCX holding two entries named word/document.xml is not read: which one Word shows is unclear', async () => {
  const body = (text: string) => strToU8(`<w:document ${W}><w:body>${p(text)}</w:body></w:document>`);
  // Written under two names, then the second renamed in its local header and the central directory.
  const zip = Buffer.from(zipSync({ 'word/document.xml': body('甲'), 'word/documenX.xml': body('乙') }, { level: 0 }));
  for (let at = zip.indexOf('word/documenX.xml'); at >= 0; at = zip.indexOf('word/documenX.xml', at + 1)) zip.write('word/document.xml', at);
  await assert.rejects(readDocx(new Uint8Array(zip)), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-docx' && /two entries named word\/document\.xml/.test(e.message));
});

test('a zip without word/document.xml, and a document that is not well-formed XML, are unreadable-docx', async () => {
  await assert.rejects(readDocx(zipSync({ 'word/other.xml': strToU8('<x/>') })), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-docx');
  await assert.rejects(handWritten('<w:p><w:r><w:t>未闭合</w:r></w:p>'), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-docx' && /word\/document\.xml/.test(e.message));
});

test('a plain document has no titles, notes or metadata', async () => {
  assert.deepEqual(await handWritten(p('一、总体情况') + p('本年共收到申请12件。')), {
    lines: [
      { cells: ['一、总体情况'], place: { line: 1 } },
      { cells: ['本年共收到申请12件。'], place: { line: 2 } },
    ],
    exactCells: true,
  });
});

test('the dates of docProps/core.xml are the document’s metadata', async () => {
  const core = '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:created>2025-01-20T08:30:00Z</dcterms:created></cp:coreProperties>';
  const doc = await handWritten(p('正文'), { 'docProps/core.xml': core });
  assert.deepEqual(doc.meta, { dates: [{ kind: 'file-created', value: '2025-01-20T08:30:00Z', field: 'docProps/core.xml created' }] });
});

test('a carriage return and a text-wrapping break start a line; a column break does not; a non-breaking hyphen is a hyphen', async () => {
  const doc = await handWritten(
    '<w:p><w:r><w:t>甲</w:t><w:cr/><w:t>乙</w:t><w:br w:type="textWrapping"/><w:t>丙</w:t><w:br w:type="column"/><w:t>丁</w:t></w:r></w:p>' + '<w:p><w:r><w:t>0517</w:t><w:noBreakHyphen/><w:t>1234</w:t></w:r></w:p>',
  );
  assert.deepEqual(rows(doc), [
    [1, '甲'],
    [1, '乙'],
    [1, '丙丁'],
    [2, '0517-1234'],
  ]);
  // w:cr has no type in the schema; one given a page break's type is a carriage return all the same.
  assert.deepEqual(rows(await handWritten('<w:p><w:r><w:t>甲</w:t><w:cr w:type="page"/><w:t>乙</w:t></w:r></w:p>')), [
    [1, '甲'],
    [1, '乙'],
  ]);
});

test('runs of whitespace in a paragraph read as one space; indentation between elements is no text', async () => {
  const doc = await handWritten('<w:p>\n  <w:r>\n    <w:t xml:space="preserve">第  3 \t 页</w:t>\n  </w:r>\n  <w:r><w:t>共9页</w:t></w:r>\n</w:p>\n' + p('后文'));
  assert.deepEqual(rows(doc), [
    [1, '第 3 页共9页'],
    [2, '后文'],
  ]);
});

test('title evidence: the first 8 headings, each to 500 characters, its whitespace one space; an empty heading none; a heading in a cell is the cell’s text too', async () => {
  const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const long = '长'.repeat(503);
  const names = ['一', '二', '三', '四', '五', '六', '七'].map((n) => `${n}、部分`);
  const cell = `<w:tc><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>表头</w:t></w:r></w:p></w:tc>`;
  const doc = await handWritten(heading('红旗街道  2023年 报告') + '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:p>' + `<w:tbl><w:tr>${cell}${tc(p('5'))}</w:tr></w:tbl>` + heading(long) + names.map(heading).join(''));
  assert.deepEqual(doc.titles, ['红旗街道 2023年 报告', '表头', '长'.repeat(500), ...names.slice(0, 5)]);
  assert.deepEqual(rows(doc).slice(0, 3), [
    [1, '红旗街道 2023年 报告'],
    [3, '表头', '5'],
    [4, long],
  ]);
});

test('notes: a footnote typed normal is read, separators of either kind are not; endnotes come after the footnotes', async () => {
  const note = (kind: string, type: string, id: number, text: string) => `<w:${kind}${type ? ` w:type="${type}"` : ''} w:id="${id}">${p(text)}</w:${kind}>`;
  const footnotes = `<w:footnotes ${W}>${note('footnote', 'continuationSeparator', 0, '续')}${note('footnote', 'normal', 2, '含转办件')}</w:footnotes>`;
  const endnotes = `<w:endnotes ${W}>${note('endnote', 'separator', -1, '分隔')}${note('endnote', '', 1, '数据截至12月31日')}</w:endnotes>`;
  const doc = await handWritten(p('正文'), { 'word/footnotes.xml': footnotes, 'word/endnotes.xml': endnotes });
  assert.deepEqual(rows(doc), [
    [1, '正文'],
    [2, '含转办件'],
    [3, '数据截至12月31日'],
  ]);
});

test('damaged notes are unreadable-docx, naming their part', async () => {
  for (const part of ['word/footnotes.xml', 'word/endnotes.xml']) {
    const name = part === 'word/footnotes.xml' ? 'footnotes' : 'endnotes';
    await assert.rejects(handWritten(p('正文'), { [part]: `<w:${name} ${W}><w:p>` }), (e: unknown) => e instanceof ReadError && e.code === 'unreadable-docx' && e.message.includes(part), part);
  }
});

test('text boxes of every VML shape are read, and block-level custom XML as its content', async () => {
  const box = (shape: string, text: string) => `<w:r><w:pict><v:${shape}><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:${shape}></w:pict></w:r>`;
  const grouped = `<w:r><w:pict><v:group><v:roundrect><v:textbox><w:txbxContent>${p('圆角框')}</w:txbxContent></v:textbox></v:roundrect></v:group></w:pict></w:r>`;
  const object = `<w:r><w:object><v:shape><v:textbox><w:txbxContent>${p('对象框')}</w:txbxContent></v:textbox></v:shape></w:object></w:r>`;
  const doc = await handWritten(`<w:p><w:r><w:t>图</w:t></w:r>${box('rect', '矩形框')}${grouped}${object}</w:p><w:customXml w:element="机关">${p('红旗街道')}</w:customXml>`);
  assert.deepEqual(
    doc.lines.map((l) => l.cells[0]),
    ['图', '矩形框', '圆角框', '对象框', '红旗街道'],
  );
});

test('a text box in a cell is more of the cell’s text, and the lines after the table are read; one outside any paragraph is lines of its own', async () => {
  const box = (text: string) => `<w:pict><v:shape><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:shape></w:pict>`;
  const doc = await handWritten(`<w:tbl><w:tr>${tc(`<w:p><w:r><w:t>共</w:t></w:r><w:r>${box('18')}</w:r><w:r><w:t>件</w:t></w:r></w:p>`)}${tc(p('5'))}</w:tr></w:tbl>${p('表后')}${box('框外')}${p('结束')}`);
  assert.deepEqual(
    doc.lines.map((l) => l.cells),
    [['共18件', '5'], ['表后'], ['框外'], ['结束']],
  );
});

test('a paragraph whose mark is deleted keeps the text boxes it holds', async () => {
  const mark = '<w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2025-01-10T09:00:00Z"/></w:rPr></w:pPr>';
  const box = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p('框内')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
  const doc = await handWritten(`<w:p>${mark}<w:r><w:t>共</w:t></w:r>${box}</w:p>${p('18件')}`);
  assert.deepEqual(doc.lines.map((l) => l.cells[0]).sort(), ['共18件', '框内']);
});

test('a deleted mark on the last paragraph joins it to none: it stays a paragraph of its own, counted after the others', async () => {
  const doc = await handWritten(p('一、总体情况') + '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2025-01-10T09:00:00Z"/></w:rPr></w:pPr><w:r><w:t>末段</w:t></w:r></w:p>');
  assert.deepEqual(rows(doc), [
    [1, '一、总体情况'],
    [2, '末段'],
  ]);
  assert.equal(doc.titles, undefined);
});

test('deleted text is dropped with the breaks and tabs it holds', async () => {
  const doc = await handWritten('<w:p><w:r><w:t>共</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:br/><w:tab/><w:delText>旧</w:delText></w:r></w:del><w:r><w:t>18件</w:t></w:r></w:p>');
  assert.deepEqual(rows(doc), [[1, '共18件']]);
});

test('markup where the schema has none (a broken file): text outside a paragraph, tabs and breaks outside a run, a style outside paragraph properties, unknown elements in a mark’s properties, deletion marks out of place, are not read', async () => {
  const doc = await handWritten(
    '<w:r><w:t>游离</w:t></w:r>' +
      '<w:p><w:r><w:t>甲</w:t></w:r><w:tab/><w:br/><w:r><w:t>乙</w:t></w:r></w:p>' +
      '<w:p><w:r><w:rPr><w:pStyle w:val="Heading1"/></w:rPr><w:t>丙</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:rPr><w:x><w:t>隐</w:t></w:x></w:rPr></w:pPr><w:r><w:t>丁</w:t></w:r></w:p>' +
      // A deletion mark in a run's properties, or in a paragraph's style, marks nothing: its content is not read, its paragraph mark stays.
      '<w:p><w:r><w:rPr><w:del w:id="1" w:author="a"><w:t>隐</w:t></w:del></w:rPr><w:t>戊</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="a1"><w:del w:id="2" w:author="a"/></w:pStyle></w:pPr><w:r><w:t>己</w:t></w:r></w:p>' +
      p('庚'),
  );
  assert.deepEqual(rows(doc), [
    [1, '甲乙'],
    [2, '丙'],
    [3, '丁'],
    [4, '戊'],
    [5, '己'],
    [6, '庚'],
  ]);
  assert.equal(doc.titles, undefined);
});

test('Heading 1 is a style’s own name: not an alias, nor a name deeper in the style, nor a style nested in another', async () => {
  const styles =
    `<w:styles ${W}>` +
    '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Body Text"/><w:aliases w:val="heading 1"/><w:rPr><w:name w:val="heading 1"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="a6"><w:rPr><w:style w:styleId="b1"/></w:rPr><w:name w:val="heading 1"/></w:style>' +
    '</w:styles>';
  const heading = (id: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const doc = await handWritten(heading('a5', '正文') + heading('b1', '内嵌') + heading('a6', '红旗街道2023年报告'), { 'word/styles.xml': styles });
  assert.deepEqual(doc.titles, ['红旗街道2023年报告']);
});
