/**
 * Work split into parts that run on separate machines: `PART=3/8` is part 3 of 8. Ingest splits
 * the content folder by each file's content hash (ingest/parts.ts), the site build by agency
 * (site/part.ts); the outputs of the parts are then assembled into one (ingest/assemble-fs.ts,
 * publish/assemble.ts), which first checks that the parts make a whole. Pure.
 */

export interface Part {
  /** 1-based. */
  index: number;
  count: number;
}

/** The whole in one part: what a run without PART does. */
export const WHOLE: Part = { index: 1, count: 1 };

/**
 * `3/8` → { index: 3, count: 8 }; empty or absent → the whole. Throws an Error whose message
 * says what is wrong and what is expected.
 */
export function parsePart(text: string | undefined): Part {
  if (text === undefined || text.trim() === '') return WHOLE;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new Error(`PART must look like 3/8 (part 3 of 8), got "${text}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new Error(`PART ${text}: the part must be between 1 and the number of parts (1/${count || 1} … ${count || 1}/${count || 1})`);
  return { index, count };
}

/** A name for the part, safe in paths and URLs: `all` for the whole, else `3-of-8`. */
export function partLabel(part: Part): string {
  return part.count === 1 ? 'all' : `${part.index}-of-${part.count}`;
}

/** How the outputs of one kind of part are told apart, for the messages of `checkPartSet`. */
export interface PartKind {
  /** The file each part's output holds at its top, naming the part. */
  marker: string;
  /** The command that makes a part: `npm run build`. */
  command: string;
  /** What is done to make every part: `build`. */
  verb: string;
}

/**
 * Whether the given parts make a whole: all of the same count, each index once, none missing
 * (null for a folder without a marker). Returns the problems in words (none when they fit).
 */
export function checkPartSet(parts: readonly (Part | null)[], dirs: readonly string[], kind: PartKind): string[] {
  const problems: string[] = [];
  parts.forEach((m, i) => {
    if (!m) problems.push(`${dirs[i]}: no ${kind.marker}; is it the output of \`PART=k/n ${kind.command}\`?`);
  });
  const known = parts.flatMap((m, i) => (m ? [{ ...m, dir: dirs[i]! }] : []));
  if (known.length === 0) return problems;
  const counts = [...new Set(known.map((m) => m.count))];
  if (counts.length > 1) {
    problems.push(`the parts come from splits of different sizes (${counts.map((c) => `n=${c}`).join(', ')}); ${kind.verb} every part with the same PART=k/n`);
    return problems;
  }
  const count = counts[0]!;
  const seen = new Map<number, string>();
  for (const m of known) {
    if (seen.has(m.index)) problems.push(`part ${m.index} of ${count} given twice (${seen.get(m.index)} and ${m.dir})`);
    seen.set(m.index, m.dir);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) problems.push(`missing part${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${count}`).join(', ')}`);
  return problems;
}
