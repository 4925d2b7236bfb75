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
  'template-unknown': { title: '未识别报告格式', hint: '按2021年版格式读取（第二部分为2019年版时按2019年版），请对照原文核实表三各行。' },
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

/**
 * The closed set of codes of a file's problems in the ingest log (`ingest-log.json`
 * `problems[].code`, docs/SCHEMA.md) that are not notes of a report: why a file gave no report
 * (not read, not a report, skipped), a report's failed checks, a source not published, and the
 * problems of agencies.csv and sources.csv. Each has the title the data-quality page groups failed
 * files under and a hint of what to do. A report's own problems in the log keep their note codes.
 */
export const FILE_CODES = {
  // Why the bytes could not be read (read/types.ts ReadErrorCode).
  'empty-file': { title: '空文件', hint: '文件大小为0，没有内容可读。请重新下载原文。' },
  'binary-file': { title: '不是文字文件', hint: '文件按扩展名应是文字，内容却是二进制数据（可能是图片、压缩包或改了扩展名的文件）。请核对文件，改为正确的扩展名后重新导入。' },
  'unknown-encoding': { title: '无法识别的文字编码', hint: '文字既不是UTF-8、UTF-16、UTF-32，也不是GB18030/GBK。请另存为UTF-8后重新导入。' },
  'unsupported-encoding': { title: '不支持的文字编码', hint: '文字是繁体Big5编码，不予读取。请另存为UTF-8简体后重新导入。' },
  'unsupported-format': { title: '不支持的文件格式', hint: '加密的Office文件，或既非Word也非表格的压缩包、OLE文件。请另存为未加密的.docx、.xlsx或PDF后重新导入。' },
  'unreadable-pdf': { title: 'PDF无法打开', hint: 'PDF已损坏、不完整、加密，或并不是PDF。请重新下载，或另存一份未加密的PDF。' },
  'pdf-no-text': { title: 'PDF没有文字', hint: 'PDF中没有文字层（页面是扫描的图片）。请核对原文，或提供文字版。' },
  'unreadable-docx': { title: 'Word文档（.docx）无法打开', hint: '文件已损坏或并不是.docx。请用Word或WPS打开后重新保存。' },
  'unreadable-doc': { title: 'Word文档（.doc/.wps）无法打开', hint: '文件已损坏、加密，或是不再读取的Word 6.0/95格式。请用Word或WPS打开后另存为.docx。' },
  'unreadable-rtf': { title: 'RTF文档无法打开', hint: 'RTF文件已损坏（分组嵌套过深或不完整）。请用Word或WPS打开后另存为.docx。' },
  'unreadable-xls': { title: '电子表格无法打开', hint: '工作簿已损坏，或没有可读的工作表。请用Excel或WPS打开后另存为.xlsx。' },
  'unreadable-ofd': { title: 'OFD文件无法打开', hint: 'OFD文件已损坏或不完整。请重新导出或下载。' },
  'ofd-no-text': { title: 'OFD没有文字', hint: 'OFD的页面是图片（扫描件），其中没有可读的文字。请提供文字版，或导出为PDF或图片以便识别。' },
  'unreadable-image': { title: '图片无法解码', hint: '图片已损坏或不完整。请重新扫描或下载。' },
  'image-too-large': { title: '图片过大', hint: '图片的尺寸超出读取上限（上限见项目说明）。请降低分辨率后重新保存。' },
  'too-many-pages': { title: '扫描件页数过多', hint: '一份年度报告一般只有几页到十几页。请核对文件是否只含一份报告，必要时拆分。' },
  'ocr-no-text': { title: '没有识别出文字', hint: '扫描件或PDF的页面上没有识别出任何文字（可能是空白页、图片质量太差；PDF也可能是文字层损坏、无法读取）。请核对原文，重新扫描、重新导出或提供文字版。' },
  'too-large': { title: '文件过大', hint: '文件或其内容超出读取上限（上限见项目说明），可能已损坏或并非一份报告。请核对文件。' },
  'read-error': { title: '读取出错', hint: '读取文件时出错。请核对文件能否正常打开，重新保存后再导入。' },
  'time-limit': { title: '读取超时', hint: '读取这个文件（或扫描件的一页）所用时间超过上限，文件可能过大或结构异常。请核对文件。' },
  'out-of-memory': { title: '读取所需内存过多', hint: '读取这个文件所需内存超过上限，文件可能过大或结构异常。请核对文件。' },
  'internal-error': { title: '程序错误', hint: '这是本程序的缺陷，不是文件的问题。请连同文件一起报告给本站维护者。' },
  // Files that are not reports, or not read as one.
  'not-a-report': { title: '不是年度报告', hint: '文件中没有“政府信息公开”等字样，或按文件名不是报告，已跳过。如确是报告，请核对文件内容是否完整。' },
  duplicate: { title: '重复的文件', hint: '与另一个文件逐字节相同，只发布一次。可删除多余的副本。' },
  symlink: { title: '符号链接', hint: '导入不读取内容文件夹以外的文件，链接未被跟随。请把文件本身复制进文件夹。' },
  'special-file': { title: '不是普通文件', hint: '命名管道、设备等不是文件，未读取。' },
  vanished: { title: '文件已被移除', hint: '导入过程中文件被删除或移走，未读取。请重新导入。' },
  'path-too-long': { title: '路径过长', hint: '文件路径超出系统上限，无法打开。请缩短文件夹名称或把文件移到上层。' },
  'unreadable-file': { title: '文件无法读取', hint: '没有读取权限或读取出错。请确认文件可读后重新导入。' },
  'unreadable-folder': { title: '文件夹无法读取', hint: '文件夹无法列出，其中的文件都未读取。请确认文件夹可读后重新导入。' },
  // A report's problems beyond its notes.
  'checks-failed': { title: '核对未通过', hint: '报告的数字不符合表中应当成立的等式（勾稽关系）。详见数据核查页和报告页。' },
  'source-missing': { title: '原文未能发布', hint: '导入过程中原文文件被移走，报告发布时没有“下载原文”。请重新导入。' },
  // agencies.csv (place/manifest.ts).
  'manifest-header': { title: 'agencies.csv 表头有误', hint: '表头应为“match,code”，整个文件未被使用。请改正表头。' },
  'manifest-row': { title: 'agencies.csv 的行有误', hint: '这一行缺少文件路径或机关名称，或引号不成对，已跳过。请改正这一行。' },
  'manifest-code': { title: 'agencies.csv 的区划代码有误', hint: '这一行的代码不是行政区划代码表中的代码，已跳过。请改为2、4、6或9位的区划代码。' },
  'manifest-repeated': { title: 'agencies.csv 的行重复', hint: '同一文件路径或机关名称出现不止一行，以后一行为准。请删去多余的行。' },
  'manifest-unused': { title: 'agencies.csv 的行未用上', hint: '没有报告的路径或机关名称与这一行相符。请核对路径（与读取日志中的写法一致）或名称。' },
  'manifest-encoding': { title: 'agencies.csv 的编码', hint: '文件不是UTF-8，已按所示编码读取。请核对其中的中文是否正确。' },
  'manifest-unreadable': { title: 'agencies.csv 无法读取', hint: '它是符号链接、文件夹、命名管道或无法打开，未被使用，报告按各自的线索归入地区。请放入可读的CSV文件本身。' },
  'manifest-too-large': { title: 'agencies.csv 过大', hint: '文件超出大小上限，未被使用。请核对文件是否正确。' },
  // sources.csv (ingest/sources.ts).
  'sources-header': { title: 'sources.csv 表头有误', hint: '表头应为“file,url,downloaded,published”，整个文件未被使用。请改正表头。' },
  'sources-row': { title: 'sources.csv 的行有误', hint: '这一行缺少文件路径，已跳过。请改正这一行。' },
  'sources-url': { title: 'sources.csv 的网址有误', hint: '网址不是http或https地址，未被使用。请改正网址。' },
  'sources-date': { title: 'sources.csv 的日期有误', hint: '日期不是一个真实的日子，未被使用。请写成2025-01-26的形式。' },
  'sources-repeated': { title: 'sources.csv 的行重复', hint: '同一文件出现不止一行，以后一行为准。请删去多余的行。' },
  'sources-unused': { title: 'sources.csv 的行未用上', hint: '内容文件夹中没有这个路径的报告。请核对路径（与读取日志中的写法一致）。' },
  'sources-encoding': { title: 'sources.csv 的编码', hint: '文件不是UTF-8，已按GB18030读取。请核对其中的中文是否正确。' },
  'sources-unreadable': { title: 'sources.csv 无法读取', hint: '它不是可读的普通文件，未被使用。请放入可读的CSV文件本身。' },
  'sources-too-large': { title: 'sources.csv 过大', hint: '文件超出大小上限，未被使用。请核对文件是否正确。' },
} as const satisfies Record<string, { title: string; hint: string }>;

export type FileCode = keyof typeof FILE_CODES;

/** Every code a problem in the ingest log can have: a note's, or a file's. */
export type LogCode = NoteCode | FileCode;

export const LOG_CODE_KEYS = [...NOTE_CODE_KEYS, ...(Object.keys(FILE_CODES) as FileCode[])] as [LogCode, ...LogCode[]];

/** A log code's title and hint. */
export function logCodeText(code: LogCode): { title: string; hint: string } {
  return code in FILE_CODES ? FILE_CODES[code as FileCode] : NOTE_CODES[code as NoteCode];
}

/** A problem of a file as the ingest log's `messages` word it, for the command line: `path[:place]: [level: ]code: text`. */
export function problemLine(problem: { where: string; level?: string; code: LogCode; message: string }): string {
  return `${problem.where}: ${problem.level ? `${problem.level}: ` : ''}${problem.code}: ${problem.message}`;
}
