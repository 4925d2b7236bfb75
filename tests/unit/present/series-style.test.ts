/** The look of chart series: twenty colours per theme, each visible on its ground, and no two series alike. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contrast, GROUNDS, MIN_CONTRAST, PALETTES, seriesStyle } from '../../../src/lib/present/series-style.ts';

test('contrast is the WCAG ratio', () => {
  assert.equal(contrast('#000000', '#ffffff'), 21);
  // #777777 on white is the textbook 4.48:1.
  assert.equal(contrast('#777777', '#FFFFFF').toFixed(2), '4.48');
  assert.equal(contrast('#ffffff', '#777777').toFixed(2), '4.48');
});

test('each theme has twenty distinct colours, each 3:1 against its ground, in the palette’s order', () => {
  for (const theme of ['light', 'dark'] as const) {
    const palette = PALETTES[theme];
    assert.equal(palette.length, 20, theme);
    assert.equal(new Set(palette).size, 20, theme);
    for (const c of palette) assert.ok(contrast(c, GROUNDS[theme]) >= MIN_CONTRAST, `${theme} ${c}`);
  }
  // category10's orange (#FF7F0E, 2.5:1 on white) and pink (#E377C2, 2.7:1) are left out on white;
  // on the dark ground its brown (#8C564B) just passes (3.03:1) and the deep violet #3A0183 (1.3:1) does not.
  assert.deepEqual(PALETTES.light.slice(0, 6), ['#1F77B4', '#2CA02C', '#D62728', '#9467BD', '#8C564B', '#7F7F7F']);
  assert.deepEqual(PALETTES.dark.slice(0, 7), ['#1F77B4', '#FF7F0E', '#2CA02C', '#D62728', '#9467BD', '#8C564B', '#E377C2']);
  assert.ok(!PALETTES.dark.includes('#3A0183'));
  assert.ok(PALETTES.light.includes('#3A0183'));
});

const lineLook = (i: number, theme: 'light' | 'dark') => {
  const s = seriesStyle(i, theme);
  return `${s.colour} ${s.dash.join(',')} ${s.point}`;
};
const barLook = (i: number, theme: 'light' | 'dark') => {
  const s = seriesStyle(i, theme);
  return `${s.colour} ${s.hatch}`;
};

test('twenty series give twenty looks, and the 21st is not the 1st', () => {
  for (const theme of ['light', 'dark'] as const) {
    const looks = Array.from({ length: 20 }, (_, i) => seriesStyle(i, theme));
    assert.equal(new Set(looks.map((s) => s.colour)).size, 20);
    assert.equal(new Set(looks.map((_, i) => lineLook(i, theme))).size, 20);
    assert.notEqual(lineLook(20, theme), lineLook(0, theme));
    assert.notEqual(barLook(20, theme), barLook(0, theme));
  }
  // The 21st series takes the first colour again, with another point shape and, as a bar, hatched.
  const first = seriesStyle(0, 'light');
  const again = seriesStyle(20, 'light');
  assert.equal(again.colour, first.colour);
  assert.equal(first.point, 'circle');
  // Seven shapes: the 21st series (index 20) takes the seventh.
  assert.equal(again.point, 'cross');
  assert.equal(first.hatch, 'none');
  assert.equal(again.hatch, 'forward');
});

test('the first 140 lines and the first 80 bars all look different', () => {
  for (const theme of ['light', 'dark'] as const) {
    assert.equal(new Set(Array.from({ length: 140 }, (_, i) => lineLook(i, theme))).size, 140);
    assert.equal(new Set(Array.from({ length: 80 }, (_, i) => barLook(i, theme))).size, 80);
  }
  assert.equal(lineLook(140, 'light'), lineLook(0, 'light'), 'the cycle length the module’s comment states');
});
