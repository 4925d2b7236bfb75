/**
 * How each series of a chart looks, for every chart the site draws (browser/charts/*) and for its
 * SVG and PNG downloads (chart-image.ts): a colour, a dash pattern and a point shape for lines, a
 * colour and a hatching for bars. A comparison of a county's townships draws 15 or more series, so
 * 8 colours are not enough, and colour alone fails readers who do not see it.
 *
 * The colours are the first 31 of Glasbey's categorical palette as published in Peter Kovesi's
 * colorcet (holoviz/colorcet, assets/Glasbey/glasbey_category10_n256.csv, CC BY 4.0; the method:
 * Glasbey, van der Heijden, Toh and Gray, "Colour displays for categorical images", Color Research
 * and Application 32(4), 2007): the ten colours of category10 (d3, matplotlib), then each colour
 * the farthest from all before it. Each theme keeps, in that order, the colours that stand out
 * 3:1 from its ground (WCAG 2.2, 1.4.11 non-text contrast): twenty on white, twenty on the dark
 * ground, so that no line fades into the page in either theme.
 *
 * Beyond the colours, the dash pattern (4) and the point shape (7) change with every series, so
 * the first 140 lines all differ, and bars past the twentieth are hatched (4 kinds: the first 80
 * differ); a line stays readable without colour vision.
 */

const GLASBEY_CATEGORY10 = [
  '#1F77B4', '#FF7F0E', '#2CA02C', '#D62728', '#9467BD', '#8C564B', '#E377C2', '#7F7F7F',
  '#BCBD22', '#17BECF', '#3A0183', '#004301', '#490000', '#0FFFA9', '#7D006D', '#BCBCFF',
  '#003E4A', '#D8AFA2', '#6B6500', '#007458', '#6126FF', '#FFFF9A', '#3A2635', '#8CB894',
  '#CD0081', '#94FCFF', '#91FF00', '#4A3200', '#565371', '#8F002C', '#AD8944',
] as const;

/** The page's ground in each theme, as global.css's --bg. */
export const GROUNDS = { light: '#ffffff', dark: '#15171a' } as const;
export type ThemeName = keyof typeof GROUNDS;

/** WCAG 2.2 relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.2 contrast ratio of two #RRGGBB colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The minimum contrast of a graphic against its ground (WCAG 2.2, 1.4.11). */
export const MIN_CONTRAST = 3;

/** Each theme's colours, in the palette's order. */
export const PALETTES: Record<ThemeName, readonly string[]> = {
  light: GLASBEY_CATEGORY10.filter((c) => contrast(c, GROUNDS.light) >= MIN_CONTRAST),
  dark: GLASBEY_CATEGORY10.filter((c) => contrast(c, GROUNDS.dark) >= MIN_CONTRAST),
};

/** Chart.js's names for the point shapes; chart-image.ts draws the same ones in SVG. */
export const POINT_SHAPES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross'] as const;
export type PointShape = (typeof POINT_SHAPES)[number];

/** Dash patterns of a line: dash and gap lengths in pixels ([] is solid). */
const DASHES: readonly (readonly number[])[] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

/** Hatching of a bar: none, then lines one way, the other way, and both. */
export const HATCHES = ['none', 'forward', 'backward', 'cross'] as const;
export type Hatch = (typeof HATCHES)[number];

export interface SeriesStyle {
  colour: string;
  dash: readonly number[];
  point: PointShape;
  hatch: Hatch;
}

/** The look of series `i` (from 0) in a theme. */
export function seriesStyle(i: number, theme: ThemeName): SeriesStyle {
  const palette = PALETTES[theme];
  return {
    colour: palette[i % palette.length]!,
    dash: DASHES[i % DASHES.length]!,
    point: POINT_SHAPES[i % POINT_SHAPES.length]!,
    hatch: HATCHES[Math.floor(i / palette.length) % HATCHES.length]!,
  };
}
