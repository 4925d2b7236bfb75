/**
 * The compare page's table of one year, the measures down and the agencies across, each rate with
 * its numerator and denominator and a link to each report; drawn on the compare page
 * (compare.ts) and alone in its embed (charts/compare-embed.ts).
 */
import { formatCount, formatPercent } from '../lib/present/format.ts';
import type { CompareTable } from '../lib/views/compare.ts';
import { h } from './dom.ts';
import { markSpans } from './shown-table.ts';

export function compareTableElement(t: CompareTable, year: number | null, reportHref: (id: string) => string): HTMLElement {
  const head = h(
    'tr',
    null,
    h('th', { scope: 'col' }, '指标'),
    ...t.columns.map((c) =>
      h(
        'th',
        { scope: 'col' },
        c.name,
        year === null && c.year !== null ? h('br') : null,
        year === null ? `${c.year}年` : null,
        ...markSpans(c.marks),
      ),
    ),
  );
  const body = t.rows.map((row) =>
    h(
      'tr',
      null,
      h('th', { scope: 'row' }, row.label),
      ...row.cells.map((c) => {
        if (row.kind === 'count') return h('td', null, formatCount(c.value));
        const s = c.share;
        return h(
          'td',
          null,
          formatPercent(c.value),
          s && s.value !== null ? h('small', null, `（${formatCount(s.numerator)}/${formatCount(s.denominator)}）`) : null,
          s?.small ? h('span', { class: 'small-note' }, ' 基数过小') : null,
        );
      }),
    ),
  );
  const links = h(
    'tr',
    null,
    h('th', { scope: 'row' }, '报告'),
    ...t.columns.map((_column, i) => {
      const id = t.rows[0]?.cells[i]?.reportId;
      return h('td', null, id ? h('a', { href: reportHref(id) }, '查看') : '—');
    }),
  );
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': '对比表' },
    h('table', { class: 'data-table compare-table' }, h('caption', null, '对比表'), h('thead', null, head), h('tbody', null, ...body, links)),
  );
}
