/**
 * Printed layout from positioned runs (read/layout.ts), on runs placed by hand: which runs make a
 * line, where a line's cells begin and end, and which margin lines are page numbers or running
 * headers. Every run here has a font size of 10, so one em is 10 units, unless a test says so.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dropPageNumbers, dropRepeatedMargins, groupLines, inMargin, type Page, type Run } from '../../../src/lib/read/layout.ts';

const run = (text: string, x: number, right: number, y: number, size = 10): Run => ({ text, x, right, y, size });
const cellsOf = (runs: Run[]) => groupLines(runs).map((l) => l.cells);
/** A page 1000 wide and 1000 high: its margin bands are above 120 and below 880. */
const page = (runs: Run[]): Page => ({ width: 1000, height: 1000, lines: groupLines(runs) });
const textOf = (pages: Page[]) => pages.map((p) => p.lines.map((l) => l.cells.join('|')));

describe('lines by baseline', () => {
  test('runs given in any order come out top to bottom, numbered from 1, each line left to right', () => {
    const lines = groupLines([run('乙', 40, 50, 300), run('丙', 10, 20, 500), run('甲', 10, 20, 300), run('丁', 10, 20, 100)]);
    assert.deepEqual(lines.map((l) => [l.number, l.runs.map((r) => r.text)]), [[1, ['丁']], [2, ['甲', '乙']], [3, ['丙']]]);
  });

  test('a run half an em below the line joins it; further below, it begins a new line', () => {
    assert.deepEqual(cellsOf([run('甲', 10, 20, 100), run('乙', 40, 50, 105)]), [['甲', '乙']]);
    assert.deepEqual(cellsOf([run('甲', 10, 20, 100), run('乙', 40, 50, 105.5)]), [['甲'], ['乙']]);
  });

  test('a run is compared with the mean baseline of the line so far, not with its first run', () => {
    // The mean of 100 and 105 is 102.5: 107 is 4.5 from it, within half an em, though 7 from the first.
    const lines = groupLines([run('甲', 10, 20, 100), run('乙', 40, 50, 105), run('丙', 70, 80, 107)]);
    assert.deepEqual(lines.map((l) => l.cells), [['甲', '乙', '丙']]);
    assert.equal(lines[0]!.y, 104);
  });

  test('the smaller font sets the tolerance: a run of 4 three units below a line of 10 is a line of its own', () => {
    assert.deepEqual(cellsOf([run('甲', 10, 20, 100), run('乙', 40, 44, 103, 4)]), [['甲'], ['乙']]);
  });

  test('once a smaller run has joined a line, the line keeps the smaller size for the runs after it', () => {
    // 乙 (size 6) joins at 2.5 below; the line's mean is then 101.25 and its tolerance 3, so 丙 at 105 is apart.
    const lines = groupLines([run('甲', 10, 20, 100), run('乙', 40, 46, 102.5, 6), run('丙', 70, 80, 105)]);
    assert.deepEqual(lines.map((l) => [l.cells, l.size]), [
      [['甲', '乙'], 6],
      [['丙'], 10],
    ]);
  });
});

describe('cells within a line', () => {
  test('runs of one line at slightly different heights are read left to right', () => {
    // By height: 12 (100), 57 (101), 本年新收 (102); by place: 本年新收, 12, 57.
    const [line] = groupLines([run('57', 300, 320, 101), run('本年新收', 100, 140, 102), run('12', 200, 220, 100)]);
    assert.deepEqual(line!.cells, ['本年新收', '12', '57']);
  });

  test('a gap of exactly one em stays in the cell, written as a space; a wider gap begins a new cell', () => {
    assert.deepEqual(cellsOf([run('公开', 0, 20, 100), run('数量', 30, 50, 100)]), [['公开 数量']]);
    assert.deepEqual(cellsOf([run('公开', 0, 20, 100), run('数量', 30.5, 50.5, 100)]), [['公开', '数量']]);
  });

  test('a gap of at most 0.15em joins without a space; a wider one is a space', () => {
    assert.deepEqual(cellsOf([run('2024', 0, 40, 100), run('年', 41.5, 51.5, 100)]), [['2024年']]);
    assert.deepEqual(cellsOf([run('2024', 0, 40, 100), run('年', 42, 52, 100)]), [['2024 年']]);
  });

  test('between two digits any gap over 0.15em parts two numbers, each with its run’s extent; up to 0.15em they are one', () => {
    const [parted] = groupLines([run('12', 0, 20, 100), run('34', 21.6, 41.6, 100)]);
    assert.deepEqual(parted!.cells, ['12', '34']);
    assert.deepEqual(parted!.spans, [
      { left: 0, right: 20 },
      { left: 21.6, right: 41.6 },
    ]);
    assert.deepEqual(cellsOf([run('12', 0, 20, 100), run('34', 21.5, 41.5, 100)]), [['1234']]);
  });

  test('the narrow gap parts numbers only between a digit and a digit: not after a letter, nor before one', () => {
    assert.deepEqual(cellsOf([run('共', 0, 10, 100), run('34', 13, 33, 100)]), [['共 34']]);
    assert.deepEqual(cellsOf([run('12', 0, 20, 100), run('件', 23, 33, 100)]), [['12 件']]);
    // A digit inside a run is not its end, nor its start.
    assert.deepEqual(cellsOf([run('1项', 0, 20, 100), run('34', 23, 43, 100)]), [['1项 34']]);
    assert.deepEqual(cellsOf([run('12', 0, 20, 100), run('第3', 23, 43, 100)]), [['12 第3']]);
  });

  test('the smaller of two neighbouring runs sets the em: a gap of 5 after a run of size 4 begins a cell', () => {
    const lines = groupLines([run('甲', 0, 10, 100), run('乙', 15, 19, 100, 4)]);
    assert.deepEqual(lines.map((l) => l.cells), [['甲', '乙']]);
  });

  test('a run printed twice within 0.2em is one (fake bold); the same text further on, or other text there, is kept', () => {
    assert.deepEqual(cellsOf([run('合计', 100, 120, 100), run('合计', 102, 122, 100)]), [['合计']]);
    assert.deepEqual(cellsOf([run('合计', 100, 120, 100), run('合计', 102.5, 122.5, 100)]), [['合计合计']]);
    assert.deepEqual(cellsOf([run('合计', 100, 120, 100), run('总计', 101, 121, 100)]), [['合计总计']]);
  });

  test('each cell spans from its first run’s left to its last run’s right', () => {
    const [line] = groupLines([run('本年', 100, 120, 100), run('新收', 121, 141, 100), run('57', 300, 320, 100)]);
    assert.deepEqual(line!.spans, [
      { left: 100, right: 141 },
      { left: 300, right: 320 },
    ]);
  });

  test('a run ending left of the one before (overprinted) neither shrinks the cell nor the gap measured to the next run', () => {
    // 乙 ends at 30, inside 甲 (to 50): the cell still ends at 50, and 丙 at 58 is 8 from it, one cell.
    const [line] = groupLines([run('甲', 0, 50, 100), run('乙', 10, 30, 100), run('丙', 58, 68, 100)]);
    assert.deepEqual(line!.cells, ['甲乙 丙']);
    assert.deepEqual(line!.spans, [{ left: 0, right: 68 }]);
  });

  test('an item of numbers with spaces is split, each number its share of the extent by characters', () => {
    // "123 45" is 6 characters over 60 units, from 100: 10 a character.
    const [line] = groupLines([run('123 45', 100, 160, 100)]);
    assert.deepEqual(line!.cells, ['123', '45']);
    assert.deepEqual(line!.spans, [
      { left: 100, right: 130 },
      { left: 140, right: 160 },
    ]);
  });

  test('a number repeated in one item is placed where each is, and a run of spaces parts numbers as one does', () => {
    const [line] = groupLines([run('7  7 9', 0, 60, 100)]);
    assert.deepEqual(line!.cells, ['7', '7', '9']);
    assert.deepEqual(line!.spans, [
      { left: 0, right: 10 },
      { left: 30, right: 40 },
      { left: 50, right: 60 },
    ]);
  });

  test('spaces between words of an item are not a split, and runs of spaces become one', () => {
    assert.deepEqual(cellsOf([run('3 件  申请', 0, 80, 100)]), [['3 件 申请']]);
  });

  test('a cell of spaces alone is no cell, and neither is its extent', () => {
    const [line] = groupLines([run('甲', 0, 10, 100), run('  ', 100, 120, 100), run('乙', 200, 210, 100)]);
    assert.deepEqual(line!.cells, ['甲', '乙']);
    assert.deepEqual(line!.spans, [
      { left: 0, right: 10 },
      { left: 200, right: 210 },
    ]);
  });

  test('a line with an unsure run marks the cell it joins; a line without one has no marks', () => {
    // 8 touches the 2 before it (gap 0): one number, 28, unsure for its 8.
    const [marked] = groupLines([run('1', 0, 10, 100), run('2', 40, 50, 100), { ...run('8', 50, 60, 100), unsure: true }]);
    assert.deepEqual(marked!.cells, ['1', '28']);
    assert.deepEqual(marked!.unsure, [false, true]);
    const [first] = groupLines([{ ...run('8', 0, 10, 100), unsure: true }, run('1', 40, 50, 100)]);
    assert.deepEqual(first!.unsure, [true, false]);
    const [plain] = groupLines([run('1', 0, 10, 100), run('2', 40, 50, 100)]);
    assert.equal(plain!.unsure, undefined);
    // Two sure runs joined into one cell leave it sure, beside an unsure cell.
    const [mixed] = groupLines([{ ...run('8', 0, 10, 100), unsure: true }, run('2', 40, 50, 100), run('3', 50, 60, 100)]);
    assert.deepEqual(mixed!.cells, ['8', '23']);
    assert.deepEqual(mixed!.unsure, [true, false]);
  });
});

describe('margins', () => {
  test('the top band is the first 12% of the page, the bottom band the last 12%', () => {
    const at = (y: number) => inMargin({ number: 1, runs: [], y, size: 10, cells: [], spans: [] }, { width: 1000, height: 1000, lines: [] });
    assert.deepEqual([at(119), at(120), at(500), at(880), at(881)], ['top', undefined, undefined, undefined, 'bottom']);
  });
});

describe('page numbers', () => {
  /** One page with a body line at 500 and the given line at the bottom, at 950. */
  const withFooter = (footer: Run[]) => page([run('正文', 100, 120, 200), run('正文', 100, 120, 500), ...footer]);
  const dropped = (footer: string, ordinal = 1) => {
    const pages = Array.from({ length: ordinal }, (_, i) => (i === ordinal - 1 ? withFooter([run(footer, 100, 200, 950)]) : withFooter([])));
    dropPageNumbers(pages);
    return pages.at(-1)!.lines.length === 2;
  };

  test('each printed form of a page number is dropped', () => {
    for (const form of ['-4-', '- 4 -', '— 4 —', '－12－', '–3–', '─3─', '~5~', '～5～', '--7--', '第4页', '第 4 页', '第4页 共6页', '第4页，共6页', '第4页,共6页', '第4页、共6页', '第4页/共6页', '第4页共6页', '4/6', '4／6', 'Page 4', 'page 4 of 6', 'PAGE 12'])
      assert.equal(dropped(form), true, form);
  });

  test('a page number printed in pieces far apart is one still', () => {
    const pages = [withFooter([run('—', 440, 450, 950), run('4', 495, 505, 950), run('—', 550, 560, 950)])];
    assert.deepEqual(pages[0]!.lines.at(-1)!.cells, ['—', '4', '—']);
    dropPageNumbers(pages);
    assert.deepEqual(textOf(pages), [['正文', '正文']]);
  });

  test('up to four digits: a longer number in that form is not a page number', () => {
    for (const form of ['-1234-', '第1234页', '第1页共1234页', '1234/1234', 'Page 1234 of 1234']) assert.equal(dropped(form), true, form);
    for (const form of ['-12345-', '第12345页', '第1页共12345页', '12345/6', '1/12345', 'Page 12345', 'Page 1 of 12345']) assert.equal(dropped(form), false, form);
  });

  test('a form with more around it is kept', () => {
    for (const form of ['共-4-', '-4-页', '-4', '4-', '第页', '第4', '见第4页', '第4页起', '第4页共', '4/6项', '共4/6', 'Page', 'page 4 of', '附page 4', 'page 4 end', '第4页共6页止'])
      assert.equal(dropped(form), false, form);
  });

  test('a lone number is dropped when centred on the page or when it is the page’s place in the file', () => {
    // Centred: its middle within a tenth of the width of the page's middle (500).
    const lone = (text: string, x: number, right: number, ordinal = 1) => {
      const pages = Array.from({ length: ordinal }, (_, i) => withFooter(i === ordinal - 1 ? [run(text, x, right, 950)] : []));
      dropPageNumbers(pages);
      return pages.at(-1)!.lines.length === 2;
    };
    assert.equal(lone('7', 495, 505), true);
    assert.equal(lone('7', 590, 620), false, 'middle 605, more than 100 from 500');
    assert.equal(lone('7', 590, 610), false, 'middle 600, 100 from 500: not within');
    assert.equal(lone('7', 580, 600), true, 'middle 590, within 100 of 500');
    assert.equal(lone('7', 380, 400), false, 'middle 390, left of the band');
    assert.equal(lone('7', 390, 430), true, 'middle 410, within 100 of 500');
    assert.equal(lone('3', 100, 110, 3), true, 'the third page');
    assert.equal(lone('2', 100, 110, 3), false, 'not the third page');
    assert.equal(lone('12345', 495, 505), false, 'five digits');
    assert.equal(lone('1234', 495, 505), true);
  });

  test('a lone number centred by the extent of all its runs, from the leftmost to the rightmost', () => {
    // Two runs of one number, 1 from 300 to 600 and 2 from 600 to 700: the middle is 500.
    const pages = [withFooter([run('1', 300, 600, 950), run('2', 600, 700, 950)])];
    dropPageNumbers(pages);
    assert.deepEqual(textOf(pages), [['正文', '正文']]);
    // From 200 to 600 and 600 to 620: the middle is 410, still within; from 100, 360 is not.
    const near = [withFooter([run('1', 200, 600, 950), run('2', 600, 620, 950)])];
    const far = [withFooter([run('1', 100, 600, 950), run('2', 600, 620, 950)])];
    dropPageNumbers(near);
    dropPageNumbers(far);
    assert.deepEqual(textOf(near), [['正文', '正文']]);
    assert.deepEqual(textOf(far), [['正文', '正文', '12']]);
  });

  test('only in a margin band, or as the first or last line of a page: a number in the body is a table cell', () => {
    const pages = [page([run('甲', 100, 110, 300), run('4/6', 480, 520, 400), run('5', 495, 505, 450), run('乙', 100, 110, 500)])];
    dropPageNumbers(pages);
    assert.deepEqual(textOf(pages), [['甲', '4/6', '5', '乙']]);
    const edges = [page([run('- 2 -', 480, 520, 300), run('甲', 100, 110, 400), run('第2页', 480, 520, 500)])];
    dropPageNumbers(edges);
    assert.deepEqual(textOf(edges), [['甲']]);
  });

  test('a line in the top band is looked at too, and a line of text there stays', () => {
    const pages = [page([run('标题', 100, 120, 50), run('第1页', 480, 520, 60), run('甲', 100, 110, 300), run('乙', 100, 110, 400)])];
    dropPageNumbers(pages);
    assert.deepEqual(textOf(pages), [['标题', '甲', '乙']]);
  });
});

describe('running headers and footers', () => {
  const body = (text: string) => run(text, 100, 140, 500);
  const header = (text: string) => run(text, 100, 300, 50);

  test('a margin line on every page, its digits aside, is dropped; the body stays', () => {
    const pages = [page([header('某县2024年报告'), body('甲')]), page([header('某县2025年报告'), body('乙')])];
    dropRepeatedMargins(pages);
    assert.deepEqual(textOf(pages), [['甲'], ['乙']]);
  });

  test('a footer at the bottom is dropped as a header at the top is', () => {
    const pages = [page([body('甲'), run('某县人民政府', 100, 300, 950)]), page([body('乙'), run('某县人民政府', 100, 300, 950)])];
    dropRepeatedMargins(pages);
    assert.deepEqual(textOf(pages), [['甲'], ['乙']]);
  });

  test('a single page keeps its header', () => {
    const pages = [page([header('某县报告'), body('甲')])];
    dropRepeatedMargins(pages);
    assert.deepEqual(textOf(pages), [['某县报告', '甲']]);
  });

  test('on at least half the pages and on two: two of four are enough, two of five are not, one of three is not', () => {
    const pages = (n: number, on: number) => Array.from({ length: n }, (_, i) => page(i < on ? [header('某县报告'), body('甲')] : [body('乙')]));
    const [twoOfFour, twoOfFive, threeOfFive, oneOfThree] = [pages(4, 2), pages(5, 2), pages(5, 3), pages(3, 1)];
    for (const p of [twoOfFour, twoOfFive, threeOfFive, oneOfThree]) dropRepeatedMargins(p);
    assert.deepEqual(textOf(twoOfFour), [['甲'], ['甲'], ['乙'], ['乙']]);
    assert.deepEqual(textOf(twoOfFive), [['某县报告', '甲'], ['某县报告', '甲'], ['乙'], ['乙'], ['乙']]);
    assert.deepEqual(textOf(threeOfFive), [['甲'], ['甲'], ['甲'], ['乙'], ['乙']]);
    assert.deepEqual(textOf(oneOfThree), [['某县报告', '甲'], ['乙'], ['乙']]);
  });

  test('the same words in the body are kept, only their copies in the margins go', () => {
    const pages = [page([header('某县报告'), run('某县报告', 100, 300, 500)]), page([header('某县报告'), body('乙')])];
    dropRepeatedMargins(pages);
    assert.deepEqual(textOf(pages), [['某县报告'], ['乙']]);
  });

  test('a page number of more digits on a later page is the same header, but a line with a number is not one without', () => {
    const pages = [page([header('某县报告第9页'), body('甲')]), page([header('某县报告第10页'), body('乙')])];
    dropRepeatedMargins(pages);
    assert.deepEqual(textOf(pages), [['甲'], ['乙']]);
    const apart = [page([header('某县报告1'), body('甲')]), page([header('某县报告'), body('乙')])];
    dropRepeatedMargins(apart);
    assert.deepEqual(textOf(apart), [['某县报告1', '甲'], ['某县报告', '乙']]);
  });

  test('a margin line of numbers alone is never a header: a row of a table is kept', () => {
    const row = () => [run('12', 100, 120, 950), run('34', 300, 320, 950)];
    const pages = [page([body('甲'), ...row()]), page([body('乙'), ...row()])];
    dropRepeatedMargins(pages);
    assert.deepEqual(textOf(pages), [['甲', '12|34'], ['乙', '12|34']]);
  });

  test('lines are the same only with the same cells: one cell of two words is not two cells', () => {
    const pages = [
      page([run('政府', 100, 120, 50), run('信息', 300, 320, 50), body('甲')]),
      page([run('政府信息', 100, 140, 50), body('乙')]),
    ];
    dropRepeatedMargins(pages);
    assert.deepEqual(textOf(pages), [['政府|信息', '甲'], ['政府信息', '乙']]);
  });

  test('a header twice on one page counts that page once', () => {
    const pages = [page([header('某县报告'), run('某县报告', 100, 300, 950), body('甲')]), page([body('乙')]), page([body('丙')])];
    dropRepeatedMargins(pages);
    assert.deepEqual(textOf(pages), [['某县报告', '甲', '某县报告'], ['乙'], ['丙']]);
  });
});
