import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, ROW_GROUP_LABELS, rowsForEdition } from '../../../src/lib/template/applications.ts';
import type { Edition } from '../../../src/lib/template/editions.ts';
import { DISCLOSURE_2019, DISCLOSURE_2021 } from '../../../src/lib/template/active-disclosure.ts';
import { REVIEW_COLUMNS } from '../../../src/lib/template/review.ts';
import { SECTIONS } from '../../../src/lib/template/sections.ts';
import { readDocx } from '../../../src/lib/read/docx.ts';
import { generateCorpus, type CorpusFile } from '../../../tools/corpus/corpus.ts';
import { createRng } from '../../../tools/corpus/prng.ts';
import { renderReport } from '../../../tools/corpus/render.ts';
import { LAYOUTS, pickStyle, styleLabel, type Layout } from '../../../tools/corpus/style.ts';
import { findReport, plainText, squeeze } from './helpers.ts';

async function corpus(seed: string, reports: number, damageRate: number): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  for await (const f of generateCorpus({ reports, seed, damageRate })) out.push(f);
  return out;
}

/** The label an edition prints for a row: in 2019 （六）其他处理 is the row's own label. */
function printedLabel(key: string, edition: Edition): string {
  const row = APPLICATION_ROWS.find((r) => r.key === key)!;
  return edition === '2019' && row.group === 'other' ? ROW_GROUP_LABELS.other : row.label;
}

describe('rendering is deterministic', () => {
  it('gives byte-identical files and truth for the same seed, in every layout', async () => {
    const [a, b] = [await corpus('det', 28, 0.5), await corpus('det', 28, 0.5)];
    assert.equal(a.length, 28);
    assert.deepEqual(new Set(a.map((f) => f.truth.layout)), new Set(LAYOUTS));
    for (let i = 0; i < a.length; i++) {
      assert.equal(a[i]!.relPath, b[i]!.relPath);
      assert.ok(Buffer.from(a[i]!.bytes).equals(Buffer.from(b[i]!.bytes)), `${a[i]!.relPath} differs between runs`);
      assert.deepEqual(a[i]!.truth, b[i]!.truth);
    }
  });

  it('gives different files for another seed', async () => {
    const [a, b] = [await corpus('det', 7, 0), await corpus('det-2', 7, 0)];
    for (let i = 0; i < a.length; i++) assert.ok(!Buffer.from(a[i]!.bytes).equals(Buffer.from(b[i]!.bytes)));
  });

  it('names files by index and content hash, with the layout extension', async () => {
    const files = await corpus('names', 14, 0);
    const ext = { tab: 'txt', pipe: 'txt', markdown: 'md', 'cell-per-line': 'txt', html: 'html', 'pdf-text': 'txt', docx: 'docx' };
    for (const f of files) assert.match(f.relPath, new RegExp(`^\\d{3}_[0-9a-f]{16}\\.${ext[f.truth.layout]}$`));
    assert.equal(new Set(files.map((f) => f.relPath)).size, files.length);
  });
});

describe('every layout prints the template', () => {
  for (const layout of LAYOUTS) {
    for (const edition of ['2019', '2021'] as const) {
      it(`${layout}, ${edition} edition: every row label, no row of the other edition`, async () => {
        const report = findReport(`labels-${layout}-${edition}`, (r) => r.edition === edition);
        const style = pickStyle(createRng(`style-${layout}-${edition}`), layout);
        const text = squeeze(plainText(await renderReport(report, layout, style, [], createRng('r'))));
        for (const row of rowsForEdition(edition)) {
          const label = squeeze(styleLabel(printedLabel(row.key, edition), style));
          assert.ok(text.includes(label), `${layout}/${edition}: row label ${printedLabel(row.key, edition)} missing`);
        }
        for (const row of APPLICATION_ROWS.filter((r) => !(r.editions as readonly string[]).includes(edition))) {
          assert.ok(!text.includes(squeeze(row.label)), `${layout}/${edition}: ${row.label} printed in the ${edition} edition`);
        }
        const items = edition === '2021' ? DISCLOSURE_2021 : DISCLOSURE_2019;
        for (const item of items) assert.ok(text.includes(squeeze(item.label)), `${layout}/${edition}: section 二 ${item.label}`);
        // Header cells are broken over lines in pdf-text (商业/企业), so columns are checked elsewhere.
        if (layout !== 'pdf-text') {
          for (const col of APPLICATION_COLUMNS) assert.ok(text.includes(squeeze(col.label)), `${layout}: column ${col.label}`);
          for (const col of REVIEW_COLUMNS) assert.ok(text.includes(squeeze(col.label)), `${layout}: review column ${col.label}`);
        }
        for (const s of SECTIONS) assert.ok(text.includes(squeeze(s.numeral)), s.key);
      });
    }
  }
});

describe('layout specifics', () => {
  const report = findReport('specifics', (r) => r.edition === '2021' && (r.applications.newReceived.total ?? 0) > 3);
  const render = async (layout: Layout, tweak = {}) => {
    const style = { ...pickStyle(createRng('s'), layout), crlf: false, ...tweak };
    return renderReport(report, layout, style, [], createRng('r'));
  };

  it('tab: one row per line, empty cells where merged cells were', async () => {
    const text = (await render('tab', { cells: 'word' })).text!;
    const line = text.split('\n').find((l) => l.includes('属于国家秘密'))!;
    assert.equal(line.split('\t')[0], ''); // the vertical merge of 三、本年度办理结果
    const first = text.split('\n').find((l) => l.includes('本年新收'))!;
    assert.equal(first.split('\t')[1], String(report.applications.newReceived.naturalPerson));
  });

  it('pipe: || fillers where merged cells were, with and without outer pipes', async () => {
    const withOuter = (await render('pipe', { cells: 'word', outerSeparator: true })).text!;
    const without = (await render('pipe', { cells: 'word', outerSeparator: false })).text!;
    // The second row of （三）不予公开: both merged label cells above it continue here.
    const row = (t: string) => t.split('\n').find((l) => l.includes('其他法律行政法规禁止公开'))!;
    assert.match(row(withOuter), /^\|\|\| /);
    assert.match(row(withOuter), / \|$/);
    assert.match(row(without), /^\|\| /);
    assert.doesNotMatch(row(without), /\|$/);
  });

  it('markdown: a |---| rule under the first row of each table', async () => {
    const lines = (await render('markdown')).text!.split('\n');
    const rules = lines.flatMap((l, i) => (/^\|(---\|)+$/.test(l) ? [i] : []));
    assert.equal(rules.length, 3);
    for (const i of rules) assert.match(lines[i - 1]!, /^\| /);
  });

  it('cell-per-line: each cell of a row on its own line', async () => {
    const lines = (await render('cell-per-line', { cellIndent: false, rowSeparator: 'blank', cells: 'word' })).text!.split('\n');
    const at = lines.indexOf('一、本年新收政府信息公开申请数量');
    assert.ok(at > 0);
    const cells = lines.slice(at + 1, lines.indexOf('', at));
    assert.deepEqual(cells, APPLICATION_COLUMNS.map((c) => String(report.applications.newReceived[c.key])));
  });

  it('html: rowspan and colspan for the merged header and group cells', async () => {
    const html = (await render('html')).text!;
    assert.match(html, /<t[dh] colspan="3" rowspan="3"[^>]*><p><span>（本列数据的勾稽关系/);
    // The official header (as in the real report of tests/fixtures/real): 申请人情况 over all seven
    // columns, 自然人 and 总计 over two rows beside 法人或其他组织.
    assert.match(html, /<t[dh] colspan="7"[^>]*><p><span>申请人情况/);
    assert.match(html, /<t[dh] rowspan="2"[^>]*><p><span>自然人<\/span><\/p><\/t[dh]><t[dh] colspan="5"[^>]*><p><span>法人或其他组织<\/span><\/p><\/t[dh]><t[dh] rowspan="2"[^>]*><p><span>总计/);
    assert.match(html, /<td rowspan="22"[^>]*><p><span>三、本年度办理结果/);
    assert.match(html, /<td rowspan="8"[^>]*><p><span>[（(]三[）)]\s?不予公开/);
    assert.match(html, /^<!DOCTYPE html>/);
  });

  it('pdf-text: aligned columns, broken header cells, a page number inside table 三', async () => {
    const text = (await render('pdf-text', { cells: 'grid' })).text!;
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.includes('勾稽关系'));
    const end = lines.findIndex((l) => l.includes('结转下年度继续办理'));
    assert.ok(lines.slice(start, end).some((l) => /^\s+-\d+-$/.test(l)), 'page number line inside table 三');
    const header = lines.slice(start, start + 6).join('\n');
    assert.match(header, /商业\s+科研/);
    assert.match(header, /企业\s+机构/);
    const row = lines.find((l) => l.includes('本年新收'))!;
    assert.match(row, / {2,}\d+$/);
    // Values right-aligned: all number columns of the two intake rows end at the same offsets.
    const ends = (l: string) => [...l.matchAll(/\d+/g)].map((m) => m.index! + m[0].length);
    assert.deepEqual(ends(row), ends(lines.find((l) => l.includes('上年结转'))!));
  });

  it('docx: a real Word package with merged table cells', async () => {
    const rendered = await render('docx');
    assert.equal(rendered.extension, 'docx');
    assert.deepEqual([...rendered.bytes.slice(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
    const { unzipSync, strFromU8 } = await import('fflate');
    const xml = strFromU8(unzipSync(rendered.bytes)['word/document.xml']!);
    assert.match(xml, /<w:gridSpan w:val="3"\/>/);
    assert.match(xml, /<w:vMerge w:val="restart"\/>/);
    assert.match(xml, /<w:vMerge w:val="continue"\/>/);
    const { lines } = await readDocx(rendered.bytes);
    const at = lines.findIndex((l) => /^[（(]三[）)]\s?不予公开/.test(l.cells[0] ?? ''));
    // （三）不予公开 (its label, a reason, 7 numbers) spans the rows of its 8 reasons: the 7 below it leave the merged label out.
    assert.deepEqual(lines.slice(at, at + 9).map((l) => l.cells.length), [9, 8, 8, 8, 8, 8, 8, 8, 9]);
  });
});
