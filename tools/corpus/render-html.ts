/**
 * The HTML layout: a government-website article page (site header, breadcrumb, publication line,
 * footer) around the report, with each table's merged cells as rowspan/colspan the way pages
 * exported from Word or a CMS editor print them.
 */
import type { DocModel, TableModel, Tc } from './model.ts';
import type { RenderStyle } from './style.ts';

export function escapeHtml(text: string, entities: boolean): string {
  const out = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // Pages exported from Word spell typographic quotes as entities.
  return entities ? out.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;') : out;
}

/** Grid column where each cell of a row starts. */
function gridStarts(row: readonly Tc[]): number[] {
  let at = 0;
  return row.map((tc) => {
    const start = at;
    at += tc.span;
    return start;
  });
}

/** rowspan of the merge starting at (row r, grid column g): itself plus the continue cells below. */
function rowspan(table: TableModel, r: number, g: number): number {
  let n = 1;
  for (let below = r + 1; below < table.rows.length; below++) {
    const row = table.rows[below]!;
    const i = gridStarts(row).indexOf(g);
    if (i < 0 || row[i]!.merge !== 'continue') break;
    n++;
  }
  return n;
}

function tableHtml(table: TableModel, style: RenderStyle): string {
  const out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">', '<tbody>'];
  table.rows.forEach((row, r) => {
    const starts = gridStarts(row);
    const cells = row.map((tc, i) => {
      if (tc.merge === 'continue') return '';
      const attrs: string[] = [];
      if (tc.span > 1) attrs.push(`colspan="${tc.span}"`);
      const rs = tc.merge === 'restart' ? rowspan(table, r, starts[i]!) : 1;
      if (rs > 1) attrs.push(`rowspan="${rs}"`);
      const tag = style.htmlTh && tc.kind === 'header' ? 'th' : 'td';
      const text = tc.text === '' ? '&nbsp;' : escapeHtml(tc.text, style.htmlTh);
      const attr = attrs.length ? ' ' + attrs.join(' ') : '';
      return `<${tag}${attr} style="text-align:center"><p><span>${text}</span></p></${tag}>`;
    });
    out.push(`<tr>${cells.join('')}</tr>`);
  });
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

export function renderHtml(model: DocModel, style: RenderStyle, meta: { year: number; charset: string; day: number }): string {
  const esc = (t: string) => escapeHtml(t, style.htmlTh);
  const title = model.title.join('');
  const body: string[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'title') body.push(`<h1 class="article-title">${block.lines.map(esc).join('<br/>')}</h1>`,
      `<div class="article-info">发布时间：${meta.year + 1}-01-${String(meta.day).padStart(2, '0')}　　浏览次数：<span id="views">${meta.day * 37}</span>　　【字体：大 中 小】</div>`,
      '<div class="article-content" id="zoom">');
    else if (block.kind === 'heading') body.push(`<p style="text-indent:2em"><strong>${esc(block.text)}</strong></p>`);
    else if (block.kind === 'para') body.push(`<p style="text-indent:2em">${esc(block.text)}</p>`);
    else body.push(tableHtml(block.table, style));
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    `<meta charset="${meta.charset}">`,
    `<title>${esc(title)}</title>`,
    '<link rel="stylesheet" href="/css/article.css">',
    '</head>',
    '<body>',
    '<div class="top-bar"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>',
    '<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年度报告</a></div>',
    '<div class="article">',
    ...body,
    '</div>',
    '</div>',
    '<div class="footer"><p>网站标识码：4107260001　　ICP备案号：豫ICP备05012345号</p><p>建议使用1920×1080分辨率浏览本站</p></div>',
    '</body>',
    '</html>',
    '',
  ].join(style.crlf ? '\r\n' : '\n');
}
