/**
 * One path of the content folder and what came of it: what a run (run-ingest.ts) collects, a part
 * writes and reads back (parts-fs.ts), and the parts assembled finish (assemble-fs.ts). Its own
 * module so that those three share it without importing one another.
 */
import type { FileResult } from './process-file.ts';

export interface Entry {
  /** The path relative to the content folder, as bytes: entries are in their byte order. */
  key: Buffer;
  /** Where the bytes that were read are now (the file, or its copy in a part folder); null where none were. */
  source: Buffer | null;
  result: FileResult;
}
