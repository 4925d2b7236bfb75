/**
 * The published data contract (docs/SCHEMA.md) as a Zod schema. Field names are fixed by the
 * contract; the shapes of `applications`, `reviewLitigation`, `activeDisclosure` and `pre2019` are
 * derived from the template so that a row, column or item added there appears here, in the CSV
 * and on the site at once.
 */
import { z } from 'zod';
import { DISCLOSURE_2019, DISCLOSURE_2021, isScalarItem, type DisclosureField, type DisclosureItem, type SCALAR_FIELD } from './active-disclosure.ts';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS } from './applications.ts';
import { REVIEW_COLUMN_KEYS, REVIEW_GROUP_KEYS } from './review.ts';
import { CHECK_IDS } from './identities.ts';
import { LEVEL_ORDER } from './levels.ts';
import { LOG_CODE_KEYS, NOTE_CODE_KEYS } from './notes.ts';
import { PRE2019_TOTALS } from './pre2019.ts';

/** A number as published: `null` for blank, dash, slash, 无 or absent; 0 only where printed. */
export const Num = z.number().nullable();

function record<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, T>);
}

export const ApplicationRow = record(APPLICATION_COLUMN_KEYS, Num);
export const Applications = record(APPLICATION_ROW_KEYS, ApplicationRow);
export const ReviewGroup = record(REVIEW_COLUMN_KEYS, Num);
export const ReviewLitigation = record(REVIEW_GROUP_KEYS, ReviewGroup);

type ItemSchema<F extends readonly DisclosureField[]> = F extends readonly [{ key: typeof SCALAR_FIELD }] ? typeof Num : z.ZodObject<{ [K in F[number]['key']]: typeof Num }>;
type DisclosureShape<Items extends readonly DisclosureItem[]> = { [I in Items[number] as I['key']]: ItemSchema<I['fields']> };

/** Section 二 of an edition, derived from its items: a scalar item is a number, any other an object of its fields. */
function disclosureSchema<const Items extends readonly DisclosureItem[]>(items: Items) {
  const shape = Object.fromEntries(items.map((item) => [item.key, isScalarItem(item) ? Num : record(item.fields.map((f) => f.key), Num)]));
  return z.object(shape as DisclosureShape<Items>);
}

/** Section 二 in the 2021 edition: `regulations`, `normativeDocuments` ({issued, repealed, inForce}), `licensing`, `penalty`, `coercion`, `feesWanYuan` (万元). */
export const ActiveDisclosure = disclosureSchema(DISCLOSURE_2021);

/** Section 二 in the 2019 edition: every printed number, item → field (active-disclosure.ts). */
export const ActiveDisclosure2019 = disclosureSchema(DISCLOSURE_2019);

export const Level = z.enum(LEVEL_ORDER);
/** 人民政府/办事处 itself; its 办公室/办公厅; a 局/委/厅…; a 院/中心/事业单位; anything else. */
export const AgencyKind = z.enum(['government', 'office', 'department', 'institution', 'other']);
/** `summary`: the tables add up subordinate bodies (全市各级行政机关…); never added to its members in a total. */
export const Scope = z.enum(['own', 'summary', 'unknown']);

/**
 * The agency's place in the official divisions (src/lib/place/): `code` 2 digits a province, 4 a
 * city, 6 a county, 9 a township; `names` the official names from the province down, `codes`
 * their codes (levels the list leaves out, as 北京市's 市辖区, are absent from both); `how` the
 * evidence that settled it.
 */
export const Division = z.object({
  code: z.string().regex(/^\d{2}(?:\d{2}(?:\d{2}(?:\d{3})?)?)?$/),
  names: z.array(z.string()).min(1),
  codes: z.array(z.string()).min(1),
  how: z.enum(['manifest', 'path', 'title', 'text', 'name']),
});
/** The `template` field: the edition the tables follow (editions.ts), `pre2019` or `unknown`. */
export const ReportEdition = z.enum(['2021', '2019', 'pre2019', 'unknown']);
export const Status = z.enum(['ok', 'partial', 'failed']);
/** `doc`: Word 97–2003 and WPS (.doc, .wps); `xls`: workbooks (.xls, .xlsx, .et); `ofd`: GB/T 33190. */
export const SourceFormat = z.enum(['text', 'markdown', 'html', 'docx', 'doc', 'rtf', 'xls', 'pdf', 'ofd', 'image']);

export const Check = z.object({
  id: z.enum(CHECK_IDS),
  ok: z.boolean(),
  message: z.string(),
  /** Where the identity was tested: `applications.<row>` or `applications.*.<column>` and the like. */
  where: z.string().optional(),
  left: z.number().optional(),
  right: z.number().optional(),
});

export const Note = z.object({
  level: z.enum(['info', 'warning', 'error']),
  /** A code of the closed set in notes.ts, so that tests and the site can group notes. */
  code: z.enum(NOTE_CODE_KEYS),
  message: z.string(),
  /** Where in the source (read/types.ts `Place`): the line as a person counts it, and the page of a PDF or OFD (1-based). */
  line: z.number().optional(),
  page: z.number().optional(),
  /** A spreadsheet's worksheet and cell (`C12`); `line` is then the cell's row. */
  sheet: z.string().optional(),
  cell: z.string().optional(),
});

/**
 * Where one number of a report was read (docs/SCHEMA.md v2 `places`): `line` as every reader counts
 * it (read/types.ts `Place`: the text file's line, the HTML page's line as read, the DOCX
 * paragraph or table row, the PDF or scan's printed line on its `page`, a workbook's row on its
 * `sheet`), and `column`, the cell of that line as it was read (1-based; the 原文 view shows the same
 * cells), with a workbook cell's own reference (`cell`, `J44`). `column` and `cell` are absent where
 * the readings of a damaged row agree on the line but not on the cell.
 */
export const SourcePlace = z.object({
  page: z.number().int().min(1).optional(),
  sheet: z.string().optional(),
  line: z.number().int().min(1),
  column: z.number().int().min(1).optional(),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/).optional(),
});

/**
 * The text a report shares with others (check/copied.ts), over sections 一, 五 and 六 without the
 * tables: `previousShare` the part of its text (0–1) found in the same agency's report of the year
 * before (`previousId`; both null when there is none); `sameYear` the reports of its year in which
 * at least 80% of its own text (the year's common wording left out) is found, each with that share,
 * largest first; `sameYearCapped` when more reports were likely than were counted, so that the list
 * may be short of some.
 */
/** "Largely the same text": at least this share of a report's text is found in the other (0–1). */
export const SAME_TEXT_SHARE = 0.8;
/** At most this many of a report's same-year candidates are counted exactly, the likeliest first (`sameYearCapped` when more were). */
export const SAME_YEAR_CANDIDATES = 30;

export const Copied = z.object({
  previousId: z.string().nullable(),
  previousShare: z.number().min(0).max(1).nullable(),
  sameYear: z.array(z.object({ id: z.string(), share: z.number().min(0).max(1) })),
  sameYearCapped: z.literal(true).optional(),
});

/** What a date of a report's file is: the web page's publication, the signature at its end, the file's creation or last change (parse/dates.ts). */
export const DateKind = z.enum(['published', 'signed', 'file-created', 'file-modified']);
/** One date a report's file carries: `date` the day (`YYYY-MM-DD`), `evidence` the line or metadata field it was read from. */
export const ReportDate = z.object({
  kind: DateKind,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  evidence: z.string().max(200),
});
/** An address on the web, http or https only: a page's `javascript:` or `file:` address is never kept. */
export const WebAddress = z.string().max(2000).regex(/^https?:\/\/[^\s<>"]+$/i);

/** Totals a pre-2019 report states in its text or annex (2007 条例 outline; pre2019.ts); none are identities. */
export const Pre2019Totals = record(PRE2019_TOTALS.map((t) => t.key), Num);

export const Report = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  agency: z.string(),
  /** One identity across years and name variants: division code and official name where placed (src/lib/agency/key.ts). */
  agencyKey: z.string(),
  year: z.number().int().nullable(),
  level: Level,
  /** Null when the evidence leaves none or several candidates; a `place-*` note then says why. */
  division: Division.nullable(),
  agencyKind: AgencyKind,
  scope: Scope,
  template: ReportEdition,
  status: Status,
  source: z.object({
    path: z.string(),
    format: SourceFormat,
    encoding: z.string(),
    sha256: z.string(),
    bytes: z.number().int(),
    /** The numbers were read from images by OCR (an image-only PDF, a page image): a scan. */
    ocr: z.boolean().optional(),
  }),
  activeDisclosure: ActiveDisclosure,
  activeDisclosure2019: ActiveDisclosure2019.optional(),
  applications: Applications,
  reviewLitigation: ReviewLitigation,
  /** Columns of table 三 absent from the printed header (e.g. no 其他 column). */
  missingColumns: z.array(z.string()),
  /** Paths (`applications.unableNotHeld.total`) of values inferred rather than read; each has a note. */
  inferred: z.array(z.string()),
  /**
   * Paths of values that could not be read, as opposed to blanks the report prints: a cell
   * (`applications.granted.total`), a row (`applications.granted`) or a whole table
   * (`applications`, `reviewLitigation`, `activeDisclosure`); each has a note. Absent in files
   * written before it was added: none known.
   */
  unread: z.array(z.string()).default([]),
  /**
   * Reports read by OCR: paths of numbers the OCR could not read with confidence and that nothing
   * confirmed; each is `null`, with a note giving what was read and where.
   */
  uncertain: z.array(z.string()).optional(),
  pre2019: Pre2019Totals.optional(),
  sections: z.object({ overview: z.string(), problems: z.string(), other: z.string() }),
  checks: z.array(Check),
  notes: z.array(Note),
  /** What text it shares with other reports; absent when its text is too short to compare. */
  copied: Copied.optional(),
  /**
   * When ingest first wrote this report's id, ISO 8601 in UTC to the second (ingest/first-seen-fs.ts):
   * carried over from run to run, so it changes only with the report. Absent in files written before
   * it was added.
   */
  ingestedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/).optional(),
  /** Every date the file carries, each with what it is and where it was read; absent in files written before it was added. */
  dates: z.array(ReportDate).optional(),
  /** The address the report was downloaded from (sources.csv) or that a saved page states for itself. */
  sourceUrl: WebAddress.optional(),
  /** The day the report was downloaded from `sourceUrl`, as sources.csv says (`YYYY-MM-DD`). */
  sourceDownloaded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /**
   * Cell path → where that number was read, for every cell taken from a printed cell (a number, or a
   * blank printed as `/`, `—` or an empty table cell). A cell the parser inferred, or could not
   * place, has none. Kept last: reports.json leaves it out (ingest/write-fs.ts), each report's own
   * file has it.
   */
  places: z.record(z.string(), SourcePlace).optional(),
});

export type Report = z.infer<typeof Report>;
export type SourcePlace = z.infer<typeof SourcePlace>;
export type Applications = z.infer<typeof Applications>;
export type ReviewLitigation = z.infer<typeof ReviewLitigation>;
export type ActiveDisclosure = z.infer<typeof ActiveDisclosure>;
export type ActiveDisclosure2019 = z.infer<typeof ActiveDisclosure2019>;
export type Pre2019Totals = z.infer<typeof Pre2019Totals>;
export type Check = z.infer<typeof Check>;
export type Note = z.infer<typeof Note>;
export type Copied = z.infer<typeof Copied>;
export type ReportDate = z.infer<typeof ReportDate>;
export type DateKind = z.infer<typeof DateKind>;
export type Level = z.infer<typeof Level>;
export type AgencyKind = z.infer<typeof AgencyKind>;
export type Scope = z.infer<typeof Scope>;
export type Division = z.infer<typeof Division>;
export type ReportEdition = z.infer<typeof ReportEdition>;
export type SourceFormat = z.infer<typeof SourceFormat>;

/**
 * A problem of a file in the ingest log: `where` the file and place as `messages` write it
 * (`2024/x.pdf:p3:12`, `agencies.csv:4`), `code` from the closed set (template/notes.ts: a note's
 * code or a file's), `message` the English text of the line, `level` a note's level.
 */
export const LogProblem = z.object({
  where: z.string(),
  level: Note.shape.level.optional(),
  code: z.enum(LOG_CODE_KEYS),
  message: z.string(),
});
export type LogProblem = z.infer<typeof LogProblem>;

export const LogEntry = z.object({
  path: z.string(),
  status: z.enum(['ok', 'partial', 'failed', 'skipped']),
  id: z.string().optional(),
  /** Every line for the command line: the problems' (problemLine) and the summaries of agencies.csv and sources.csv. */
  messages: z.array(z.string()),
  /** The problems, each coded; absent (read as none) in logs written before it. */
  problems: z.array(LogProblem).default([]),
});
export type LogEntry = z.infer<typeof LogEntry>;
