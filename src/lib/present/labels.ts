/**
 * Chinese labels for what pages say beyond the data contract: peer groups, note levels, how a
 * source's lines count. The labels of the contract's own enumerations (levels, statuses, editions,
 * kinds, scopes, how a place was found, source formats) are the template's (template/value-labels.ts),
 * since the Chinese CSV files carry them too; they are re-exported here for the pages.
 */
import type { SourceFormat } from '../template/schema.ts';
import type { PeerKind } from '../site/peer-kinds.ts';

export {
  AGENCY_KIND_LABELS,
  LEVEL_LABELS,
  LEVEL_ORDER,
  PLACE_HOW_LABELS,
  SCOPE_LABELS,
  SOURCE_FORMAT_LABELS,
  STATUS_LABELS,
  TEMPLATE_LABELS,
} from '../template/value-labels.ts';

/** Who a peer group (site/peers.ts) holds, after 各: 郸城县各乡镇（街道）. */
export const PEER_KIND_LABELS: Record<PeerKind, string> = {
  townships: '乡镇（街道）',
  departments: '部门和单位',
};

export const NOTE_LEVEL_LABELS = { info: '说明', warning: '提示', error: '错误' } as const;

/** How the 原文 view's line numbers count, said on the report page (the places' `line`, docs/SCHEMA.md). */
export const SOURCE_LINE_WORDS: Record<SourceFormat, string> = {
  text: '行号是原文文件的行号。',
  markdown: '行号是原文文件的行号。',
  html: '行号是网页正文从头数的第几行，每段、每个标题和表格每行各算一行。',
  docx: '行号是Word文档从头数的第几段，表格每行算一段。',
  doc: '行号是Word文档从头数的第几段，表格每行算一段。',
  rtf: '行号是RTF文档从头数的第几段，表格每行算一段。',
  xls: '行号是电子表格各工作表的行号。',
  pdf: '行号是PDF该页从上往下数的第几行，每页都可在PDF中打开。',
  ofd: '行号是OFD该页从上往下数的第几行。',
  image: '行号是扫描件该页从上往下数的第几行。',
};

/** Where an agency nobody could place is said to be: in name suggestions, the agency list and its download. */
export const UNPLACED = '未归入地区';
