import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPLICATION_COLUMN_KEYS, rowDef, ROW_GROUP_LABELS } from '../../../src/lib/template/applications.ts';
import { SECTIONS } from '../../../src/lib/template/sections.ts';
import { DAMAGE_KINDS, pickDamage, type Damage } from '../../../tools/corpus/damage.ts';
import { createRng } from '../../../tools/corpus/prng.ts';
import { LAYOUTS, styleLabel, type RenderStyle } from '../../../tools/corpus/style.ts';
import { buildTruth, printedPaths } from '../../../tools/corpus/truth.ts';
import { printedValues, valueAt } from '../../../tools/corpus/values.ts';
import { findReport, numbersIn, plainText, renderPair, reports, type Pair } from './helpers.ts';

/** Plain tab rows, one cell per grid column: positions are stable, so counts are exact. */
const TAB: Partial<RenderStyle> = { cells: 'grid', crlf: false, outerSeparator: false };

function lineOf(text: string, label: string): string {
  const line = text.split('\n').find((l) => l.split('\t').includes(label));
  assert.ok(line, `no line with the cell ${label}`);
  return line;
}

function rowLabel(pair: Pair, rowKey: string): string {
  const row = rowDef(rowKey as never);
  const label = pair.report.edition === '2019' && row.group === 'other' ? ROW_GROUP_LABELS.other : row.label;
  return styleLabel(label, pair.style);
}

/** Lines that differ between two texts of the same number of lines. */
function changedLines(a: string, b: string): number[] {
  const [la, lb] = [a.split('\n'), b.split('\n')];
  assert.equal(la.length, lb.length);
  return la.flatMap((l, i) => (l === lb[i] ? [] : [i]));
}

const busy = (r: { applications: { newReceived: { total: number | null } } }) => (r.applications.newReceived.total ?? 0) >= 5;

describe('structural damage', () => {
  it('dropCell leaves one cell out of one row of table 三, the rest shifting left', async () => {
    const pair = await renderPair('dropCell', 'tab', 'drop-cell', TAB, busy);
    const d = pair.damage as Extract<Damage, { kind: 'dropCell' }>;
    const label = rowLabel(pair, d.row);
    const [clean, damaged] = [numbersIn(lineOf(pair.clean.text!, label)), numbersIn(lineOf(pair.damaged.text!, label))];
    assert.equal(clean.length, 7);
    assert.equal(damaged.length, 6);
    const at = APPLICATION_COLUMN_KEYS.indexOf(d.column);
    assert.deepEqual(damaged, clean.filter((_, i) => i !== at));
    assert.equal(changedLines(pair.clean.text!, pair.damaged.text!).length, 1);
  });

  it('dropTotal leaves the 总计 cell out of one row', async () => {
    const pair = await renderPair('dropTotal', 'tab', 'drop-total', TAB, busy);
    const d = pair.damage as Extract<Damage, { kind: 'dropTotal' }>;
    const label = rowLabel(pair, d.row);
    const [clean, damaged] = [numbersIn(lineOf(pair.clean.text!, label)), numbersIn(lineOf(pair.damaged.text!, label))];
    assert.deepEqual(damaged, clean.slice(0, 6));
    assert.equal(changedLines(pair.clean.text!, pair.damaged.text!).length, 1);
  });

  it('dropColumn removes 其他 from table 三 throughout, header included', async () => {
    const pair = await renderPair('dropColumn', 'tab', 'drop-column', TAB);
    const header = (t: string) => lineOf(t, '商业企业').split('\t');
    assert.ok(header(pair.clean.text!).includes('其他'));
    assert.ok(!header(pair.damaged.text!).includes('其他'));
    for (const key of ['newReceived', 'granted', 'totalProcessed', 'carriedForward']) {
      const label = rowLabel(pair, key);
      assert.equal(numbersIn(lineOf(pair.clean.text!, label)).length, 7);
      assert.equal(numbersIn(lineOf(pair.damaged.text!, label)).length, 6, key);
    }
    const html = await renderPair('dropColumn', 'html', 'drop-column', { crlf: false });
    // 申请人情况 spans every applicant column and 总计: 7, or 6 without 其他.
    assert.match(html.clean.text!, /colspan="7"[^>]*><p><span>申请人情况/);
    assert.match(html.damaged.text!, /colspan="6"[^>]*><p><span>申请人情况/);
  });

  it('blankCells prints zeros as blank, /, -, — or 无, and the truth says null', async () => {
    const pair = await renderPair('blankCells', 'tab', 'blank-cells', TAB);
    const d = pair.damage as Extract<Damage, { kind: 'blankCells' }>;
    assert.ok(d.cells.length >= 1);
    const count = (t: string) => t.split('\n').flatMap(numbersIn).length;
    assert.equal(count(pair.damaged.text!), count(pair.clean.text!) - d.cells.length);
    for (const c of d.cells) {
      assert.equal(valueAt(pair.report, c.path), 0, `${c.path} was a zero`);
      if (c.mark) assert.ok(pair.damaged.text!.split('\n').some((l) => l.split('\t').includes(c.mark)), `mark ${c.mark} printed`);
    }
    const truth = buildTruth(pair.report, 'tab', pair.style, [d], pair.damaged, 'x.txt');
    for (const c of d.cells) assert.equal(valueAt(truth, c.path), null);
    assert.deepEqual(truth.blank, d.cells.map((c) => c.path));
    // A blank single-number item of section 二 keeps its scalar path.
    const r2021 = findReport('blank-scalar', (r) => r.edition === '2021');
    const scalar: Damage = { kind: 'blankCells', cells: [{ path: 'activeDisclosure.licensing', mark: '—' }] };
    const t2021 = buildTruth(r2021, 'tab', pair.style, [scalar], pair.damaged, 'y.txt');
    assert.equal(t2021.activeDisclosure!.licensing, null);
    assert.deepEqual(printedPaths(t2021), printedValues(r2021).map((v) => v.path));
  });
});

describe('text damage', () => {
  it('gb18030 encodes the same text as GB18030; alone, nothing else changes', async () => {
    const pair = await renderPair('gb18030', 'tab', 'gb', { crlf: false });
    assert.ok((pair.damage as { alone: boolean }).alone);
    assert.equal(pair.damaged.encoding, 'gb18030');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(pair.damaged.bytes));
    assert.equal(new TextDecoder('gb18030').decode(pair.damaged.bytes), pair.clean.text);
    assert.notEqual(pair.damaged.bytes.length, pair.clean.bytes.length);
    const html = await renderPair('gb18030', 'html', 'gb', { crlf: false });
    assert.match(new TextDecoder('gb18030').decode(html.damaged.bytes), /<meta charset="gb2312">/);
  });

  it('utf8Bom puts a byte-order mark before the unchanged UTF-8 bytes', async () => {
    const pair = await renderPair('utf8Bom', 'markdown', 'bom');
    assert.deepEqual([...pair.damaged.bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(Buffer.from(pair.damaged.bytes.slice(3)).equals(Buffer.from(pair.clean.bytes)));
    assert.notEqual(pair.clean.bytes[0], 0xef);
  });

  for (const layout of ['tab', 'html', 'docx'] as const) {
    it(`noHeadings drops the six section headings (${layout}), not the table row 四、结转下年度继续办理`, async () => {
      const pair = await renderPair('noHeadings', layout, `headings-${layout}`, { crlf: false, headingVariants: false });
      const lines = (t: string) => t.split('\n').map((l) => l.trim());
      const headings = SECTIONS.map((s) => `${s.numeral}、${s.label}`);
      for (const h of headings) assert.ok(lines(plainText(pair.clean)).includes(h), `clean has ${h}`);
      for (const h of headings) assert.ok(!lines(plainText(pair.damaged)).includes(h), `damaged lacks ${h}`);
      assert.ok(plainText(pair.damaged).includes('四、结转下年度继续办理'));
    });
  }

  it('titleTwoLines breaks the title after the year', async () => {
    const pair = await renderPair('titleTwoLines', 'tab', 'title-two', { crlf: false, titleSpaces: false, yearWord: '年' });
    const name = pair.report.agency.name;
    const lines = (t: string) => t.split('\n').filter((l) => l.trim());
    assert.equal(lines(pair.clean.text!)[0], `${name}${pair.report.year}年政府信息公开工作年度报告`);
    assert.deepEqual(lines(pair.damaged.text!).slice(0, 2), [`${name}${pair.report.year}年`, '政府信息公开工作年度报告']);
    assert.deepEqual(pair.damaged.title, lines(pair.damaged.text!).slice(0, 2));
  });

  it('workReport says 工作报告 instead of 工作年度报告', async () => {
    const pair = await renderPair('workReport', 'docx', 'work-report');
    assert.match(plainText(pair.clean), /政府信息公开工作年度报告/);
    const title = plainText(pair.damaged).split('\n')[0]!;
    assert.match(title, /政府信息公开工作报告$/);
    assert.doesNotMatch(title, /年度报告/);
  });
});

describe('damage choice and truth', () => {
  const sample = reports('damage-choice', 300);

  it('follows the rate and the layout', () => {
    const rng = createRng('rate');
    assert.ok(sample.every((r) => pickDamage(rng, r, 'tab', 0).length === 0));
    const all = sample.map((r, i) => pickDamage(rng, r, LAYOUTS[i % LAYOUTS.length]!, 1));
    assert.ok(all.every((d) => d.length >= 1 && d.length <= 2));
    const docx = sample.flatMap((r) => pickDamage(rng, r, 'docx', 1));
    assert.ok(!docx.some((d) => d.kind === 'gb18030' || d.kind === 'utf8Bom'));
    const kinds = new Set(all.flat().map((d) => d.kind));
    assert.deepEqual([...kinds].sort(), [...DAMAGE_KINDS].sort());
  });

  it('marks what a parser may not be able to read as uncertain', async () => {
    const cell = await renderPair('dropCell', 'tab', 'truth-cell', TAB, busy);
    const d = cell.damage as Extract<Damage, { kind: 'dropCell' }>;
    const t = buildTruth(cell.report, 'tab', cell.style, [d], cell.damaged, 'a.txt');
    assert.ok(t.uncertain.includes(`applications.${d.row}.${d.column}`));
    assert.ok(t.uncertain.every((p) => p.startsWith(`applications.${d.row}.`)));
    assert.equal(valueAt(t, `applications.${d.row}.${d.column}`), valueAt(cell.report, `applications.${d.row}.${d.column}`));

    const column = await renderPair('dropColumn', 'tab', 'truth-column', TAB);
    const tc = buildTruth(column.report, 'tab', column.style, [column.damage], column.damaged, 'b.txt');
    assert.deepEqual(tc.missingColumns, ['otherOrganization']);
    assert.ok(tc.uncertain.length >= 23 && tc.uncertain.every((p) => p.endsWith('.otherOrganization')));

    // A blank printed as nothing makes its row ambiguous in text, not in an HTML or Word table.
    const blank: Damage = { kind: 'blankCells', cells: [{ path: 'applications.granted.researchInstitution', mark: '' }] };
    const inText = buildTruth(column.report, 'tab', column.style, [blank], column.clean, 'd.txt');
    assert.deepEqual(inText.uncertain, ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization',
      'legalServiceOrganization', 'otherOrganization', 'total'].map((c) => `applications.granted.${c}`));
    assert.deepEqual(buildTruth(column.report, 'html', column.style, [blank], column.clean, 'e.html').uncertain, []);
    const slash: Damage = { kind: 'blankCells', cells: [{ path: 'reviewLitigation.reconsideration.other', mark: '/' }] };
    assert.deepEqual(buildTruth(column.report, 'tab', column.style, [slash], column.clean, 'f.txt').uncertain, []);

    const clean = buildTruth(column.report, 'tab', column.style, [], column.clean, 'c.txt');
    assert.deepEqual([clean.uncertain, clean.blank, clean.missingColumns], [[], [], []]);
  });
});
