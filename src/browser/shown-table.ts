/**
 * Tables drawn in the browser from their model (src/lib/present/shown-table.ts), the same model
 * their download writes: the cells read as shown-table.astro draws them at build time.
 */
import { cellKind, cellText, SMALL_NOTE, type ShownCell, type ShownColumn, type ShownTable } from '../lib/present/shown-table.ts';
import type { Mark } from '../lib/present/marks.ts';
import { h } from './dom.ts';

/** A figure's marks (汇总, 未通过核对), each with what it means as its tooltip, as figure-marks.astro draws them. */
export function markSpans(marks: readonly Mark[]): HTMLElement[] {
  return marks.map((m) => h('span', { class: `figure-mark figure-mark-${m.kind}`, title: m.title }, ` ${m.text}`));
}

/** One body cell: the row's first text column as a row header, numbers right-aligned, links kept. */
export function shownCell(column: ShownColumn, cell: ShownCell, header: boolean): HTMLElement {
  const text = cellText(column, cell);
  const content = cell.href ? h('a', { href: cell.href }, text) : text;
  const extra = [
    cell.basis ? h('small', null, `（${cell.basis}）`) : null,
    cell.small ? h('span', { class: 'small-note', title: SMALL_NOTE.title }, ` ${SMALL_NOTE.text}`) : null,
    ...markSpans(cell.marks ?? []),
  ];
  if (header) return h('th', { scope: 'row' }, content, ...extra);
  return h('td', cellKind(column, cell) === 'text' ? { class: 'text' } : null, content, ...extra);
}

/** The body rows: the first text column is each row's header. */
export function shownRows(table: ShownTable): HTMLTableRowElement[] {
  const headerAt = table.columns.findIndex((c) => c.kind === 'text');
  return table.rows.map((row) => h('tr', null, ...table.columns.map((c, i) => shownCell(c, row[i] ?? { value: null }, i === headerAt))));
}

/** A whole table in its scrolling frame, with its caption (for screen readers only under a heading of the same words). */
export function shownTable(table: ShownTable, className = 'data-table', caption = true): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': table.title },
    h(
      'table',
      { class: className },
      h('caption', caption ? null : { class: 'visually-hidden' }, table.title),
      h('thead', null, h('tr', null, ...table.columns.map((c) => h('th', { scope: 'col' }, c.label)))),
      h('tbody', null, ...shownRows(table)),
    ),
  );
}
