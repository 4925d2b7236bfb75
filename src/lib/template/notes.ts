/**
 * The closed set of note codes a report can carry (docs/SCHEMA.md `notes[].code`): what the reader
 * was told about how the report was read. Each code has the title the site shows and a hint of
 * what to do about it. The schema's `code` is this set; tests and the site group notes by it
 * (STYLE.md habit 4).
 */
export const NOTE_CODES = {
  'title-missing': { title: '未找到标题', hint: '发布机关和年度取自正文，请对照原文核实。' },
  'agency-missing': { title: '未识别发布机关', hint: '报告无法归入机关；可在 agencies.csv 中为该文件指定机关。' },
  'year-missing': { title: '未识别报告年度', hint: '报告不参与逐年比较；请对照原文核实年度。' },
  'template-unknown': { title: '未识别报告格式', hint: '按2021年版格式读取，请对照原文核实表三各行。' },
  'table-missing': { title: '表格缺失', hint: '相应数字为空白；请下载原文核对，原文可能本就缺少这张表。' },
  'row-missing': { title: '表格行缺失', hint: '这些行的数字为空白；请对照原文核对。' },
  'row-cells': { title: '单元格数量不符', hint: '该行数字与表头列数对不上，未能确定的格留空；请对照原文核对。' },
  'column-missing': { title: '整列缺失', hint: '原表没有印出这一列，该列各格为空白，不是0。' },
  'cell-inferred': { title: '推算数值', hint: '原表空缺的数字按勾稽关系推算得出，已在表中标出。' },
  'cell-ambiguous': { title: '无法确定的数值', hint: '几种读法都说得通，无法确定的格留空；请对照原文核对。' },
  'unit-converted': { title: '单位换算', hint: '原表以元为单位，已换算为万元。' },
  'section-missing': { title: '正文部分缺失', hint: '未找到这一部分的标题，其文字未能读出；请对照原文。' },
  'ocr-unsure': { title: '识别不确定的数字', hint: '扫描件上的这些数字未能可靠识别，也无法用勾稽关系核实，已留空；请对照原件核对。' },
  'ocr-confirmed': { title: '经勾稽关系核实的识别结果', hint: '扫描件上识别把握不大的数字与勾稽关系相符，按识别结果采用。' },
  pre2019: { title: '2019年以前的报告', hint: '按2007年条例编写，没有统一的统计表，只列出正文写明的总数。' },
} as const satisfies Record<string, { title: string; hint: string }>;

export type NoteCode = keyof typeof NOTE_CODES;

export const NOTE_CODE_KEYS = Object.keys(NOTE_CODES) as NoteCode[];
