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
  'edition-mixed': { title: '表三沿用2019年版格式', hint: '报告其余部分按2021年版编写，表三的“（六）其他处理”只印一行：其数字计入“3.其他”，“逾期不补正”“逾期未缴费”两行原表没有，留空而不是0。' },
  'table-missing': { title: '表格缺失', hint: '相应数字为空白；请下载原文核对，原文可能本就缺少这张表。' },
  'table-blank': { title: '表格未填写', hint: '原文印出了表格，但各格都没有数字（可能是未填写的模板）；相应数字为空白，不是0。' },
  'cells-run-together': {
    title: '数字连在一起',
    hint: '原文这几行印出了数字，但各格的数字连成一串（网页或PDF复制成文字时常见，如“7000007”），分不清哪个数字属于哪一格：这些格未能读出，留空；表格并非未填写，也不是0。请对照原文核对。',
  },
  'row-missing': { title: '表格行缺失', hint: '这些行的数字为空白；请对照原文核对。' },
  'label-repaired': { title: '行标签有误', hint: '原表这一行的标签与官方格式略有出入（缺字、错字或颠倒）：它前后两行的位置和字面都指向同一行，按该行读取；请对照原文核实。' },
  'row-cells': { title: '单元格数量不符', hint: '该行数字与表头列数对不上，未能确定的格留空；请对照原文核对。' },
  'column-missing': { title: '整列缺失', hint: '原表没有印出这一列，该列各格为空白，不是0。' },
  'cell-inferred': { title: '推算数值', hint: '原表空缺的数字按勾稽关系推算得出，已在表中标出。' },
  'cell-unread': { title: '不是数字的单元格', hint: '表格文件中这一格写的不是数字（如把0打成字母O，或公式的结果是文字），该格留空，同行其他格照常读取；请对照原文核对。' },
  'cell-ambiguous': { title: '无法确定的数值', hint: '几种读法都说得通，无法确定的格留空；请对照原文核对。' },
  'unit-converted': { title: '单位换算', hint: '原表以元为单位，已换算为万元。' },
  'section-missing': { title: '正文部分缺失', hint: '未找到这一部分的标题，其文字未能读出；请对照原文。' },
  'number-invalid': { title: '不可信的数字', hint: '原表印出的数字过大、为负数或无法表示，按空白处理，不作为数据发布；请对照原文核对。' },
  'bytes-replaced': { title: '无法识别的字节', hint: '原文个别字节不是有效的文字编码，已用替换符（�）代替；这些位置的文字请对照原文。' },
  'limit-reached': { title: '超出读取上限', hint: '文件过大或结构异常，只读入了一部分（上限见项目说明）；全文请下载原文核对。' },
  'sheet-hidden': { title: '隐藏的工作表', hint: '表格文件中的隐藏工作表打开时看不到，未读入；如其中有报告的数字，请取消隐藏后重新导入。' },
  'ocr-unsure': { title: '识别不确定的数字', hint: '扫描件上的这些数字未能可靠识别，也无法用勾稽关系核实，已留空；请对照原件核对。' },
  'ocr-confirmed': { title: '经勾稽关系核实的识别结果', hint: '扫描件上识别把握不大的数字与勾稽关系相符，按识别结果采用。' },
  pre2019: { title: '2019年以前的报告', hint: '按2007年条例编写，没有统一的统计表，只列出正文写明的总数。' },
  // Where the agency is (src/lib/place/): never guessed, so each of these leaves the report unplaced.
  'place-ambiguous': {
    title: '无法确定所属地区',
    hint: '同名的行政区划不止一处，报告未说明是哪一处，暂未归入任何地区。在内容文件夹的 agencies.csv 中加一行“文件路径,区划代码”（从所列候选中选定），或把文件放进以县（市、区）命名的文件夹。',
  },
  'place-unknown': {
    title: '未找到所属地区',
    hint: '行政区划代码表中没有这个名称（可能已更名、撤并，或报告写法不同），暂未归入任何地区。在 agencies.csv 中加一行“文件路径,区划代码”即可归入。',
  },
  'place-conflict': {
    title: '地区信息相互矛盾',
    hint: '报告名称、标题或文件夹所说的地区彼此不符，暂未归入任何地区。请核对原文，在 agencies.csv 中加一行“文件路径,区划代码”。',
  },
} as const satisfies Record<string, { title: string; hint: string }>;

export type NoteCode = keyof typeof NOTE_CODES;

export const NOTE_CODE_KEYS = Object.keys(NOTE_CODES) as NoteCode[];

/**
 * Notes on whether a table was filled in: printed without one digit (`table-blank`), or filled in
 * with its digits run together (`cells-run-together`). Pages over many reports keep them and count
 * the two apart, so that a report is never listed as unfilled for what was not read.
 */
export const TABLE_FILL_CODES = ['table-blank', 'cells-run-together'] as const satisfies readonly NoteCode[];
