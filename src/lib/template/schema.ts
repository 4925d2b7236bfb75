/**
 * The published data contract (docs/SCHEMA.md) as a Zod schema. Field names are fixed by the
 * contract; the shapes of `applications` and `reviewLitigation` are derived from the template so
 * that a row or column added there appears here, in the CSV and on the site at once.
 */
import { z } from 'zod';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS } from './applications.ts';
import { REVIEW_COLUMN_KEYS, REVIEW_GROUP_KEYS } from './review.ts';
import { CHECK_IDS } from './identities.ts';
import { NOTE_CODE_KEYS } from './notes.ts';

/** A number as published: `null` for blank, dash, slash, 无 or absent; 0 only where printed. */
export const Num = z.number().nullable();

function record<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, T>);
}

export const ApplicationRow = record(APPLICATION_COLUMN_KEYS, Num);
export const Applications = record(APPLICATION_ROW_KEYS, ApplicationRow);
export const ReviewGroup = record(REVIEW_COLUMN_KEYS, Num);
export const ReviewLitigation = record(REVIEW_GROUP_KEYS, ReviewGroup);

const DocumentCounts = z.object({ issued: Num, repealed: Num, inForce: Num });

/** Section 二 in the 2021 format (also filled, where the labels allow, from 2019 reports: none). */
export const ActiveDisclosure = z.object({
  regulations: DocumentCounts,
  normativeDocuments: DocumentCounts,
  licensing: Num,
  penalty: Num,
  coercion: Num,
  /** 行政事业性收费, 本年收费金额 in 万元. */
  feesWanYuan: Num,
});

/** Section 二 in the 2019 format: every printed number, keyed item → field (see active-disclosure.ts). */
export const ActiveDisclosure2019 = z.record(z.string(), z.record(z.string(), Num));

export const Level = z.enum(['national', 'province', 'city', 'county', 'township', 'unknown']);
export const Template = z.enum(['2021', '2019', 'pre2019', 'unknown']);
export const Status = z.enum(['ok', 'partial', 'failed']);
export const SourceFormat = z.enum(['text', 'markdown', 'html', 'docx', 'pdf', 'image']);

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
  line: z.number().optional(),
});

/** Totals a pre-2019 report states in its text or annex (2007 条例 outline); none are identities. */
export const Pre2019Totals = z.object({
  activeDisclosed: Num,
  applicationsTotal: Num,
  reconsideration: Num,
  litigation: Num,
});

export const Report = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  agency: z.string(),
  /** The agency name normalised for grouping across years (人民政府/政府 suffixes of townships dropped). */
  agencyKey: z.string(),
  year: z.number().int().nullable(),
  level: Level,
  template: Template,
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
   * Reports read by OCR: paths of numbers the OCR could not read with confidence and that nothing
   * confirmed; each is `null`, with a note giving what was read and where.
   */
  uncertain: z.array(z.string()).optional(),
  pre2019: Pre2019Totals.optional(),
  sections: z.object({ overview: z.string(), problems: z.string(), other: z.string() }),
  checks: z.array(Check),
  notes: z.array(Note),
});

export type Report = z.infer<typeof Report>;
export type Applications = z.infer<typeof Applications>;
export type ReviewLitigation = z.infer<typeof ReviewLitigation>;
export type ActiveDisclosure = z.infer<typeof ActiveDisclosure>;
export type Check = z.infer<typeof Check>;
export type Note = z.infer<typeof Note>;
export type Level = z.infer<typeof Level>;
export type TemplateKind = z.infer<typeof Template>;
export type SourceFormat = z.infer<typeof SourceFormat>;

export const LogEntry = z.object({
  path: z.string(),
  status: z.enum(['ok', 'partial', 'failed', 'skipped']),
  id: z.string().optional(),
  messages: z.array(z.string()),
});
export type LogEntry = z.infer<typeof LogEntry>;
