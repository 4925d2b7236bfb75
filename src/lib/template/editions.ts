/**
 * The editions of the official format (docs/TEMPLATE.md): the 2019 edition (国办公开办函〔2019〕60号,
 * the 2019 and 2020 reports and some later ones) and the 2021 edition (国办公开办函〔2021〕30号, the
 * 2021 reports onward). They differ in section 二 and in the rows of （六）其他处理.
 *
 * A report's `template` field (docs/SCHEMA.md) names its edition, or `pre2019` for a report under
 * the 2007 条例, or `unknown`; the field keeps its published name, the code calls it the edition.
 */
export const EDITIONS = ['2019', '2021'] as const;
export type Edition = (typeof EDITIONS)[number];
