/**
 * Writes a generated corpus: N report files in every layout family plus truth.json, the values
 * the ingest must find in each file. The same seed gives byte-identical files.
 *
 *   node scripts/gen-corpus.ts OUT_DIR --reports N [--seed S] [--layouts tab,html,...] [--damage RATE]
 *
 * Exit 2 with a one-line reason on unusable arguments.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { answerHelp } from './help.ts';
import { generateCorpus } from '../tools/corpus/corpus.ts';
import { LAYOUTS, type Layout } from '../tools/corpus/style.ts';

export interface GenCorpusArgs {
  outDir: string;
  reports: number;
  seed: string;
  layouts: Layout[];
  damageRate: number;
}

const USAGE = 'usage: node scripts/gen-corpus.ts OUT_DIR --reports N [--seed S] [--layouts tab,html,...] [--damage RATE]';

/** Parses the command line; throws an Error whose message is the one-line reason. */
export function parseGenCorpusArgs(argv: string[]): GenCorpusArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      reports: { type: 'string' },
      seed: { type: 'string', default: '1' },
      layouts: { type: 'string' },
      damage: { type: 'string', default: '0' },
    },
  });
  if (positionals.length !== 1) throw new Error(`expected one OUT_DIR, got ${positionals.length}; ${USAGE}`);
  if (values.reports === undefined) throw new Error(`--reports N is required; ${USAGE}`);
  const reports = Number(values.reports);
  if (!Number.isInteger(reports) || reports < 1) throw new Error(`--reports must be a positive integer, got "${values.reports}"`);
  const damageRate = Number(values.damage);
  if (!Number.isFinite(damageRate) || damageRate < 0 || damageRate > 1) throw new Error(`--damage must be a rate between 0 and 1, got "${values.damage}"`);
  const layouts = (values.layouts ?? LAYOUTS.join(',')).split(',').map((l) => l.trim()).filter(Boolean);
  const unknown = layouts.filter((l) => !(LAYOUTS as readonly string[]).includes(l));
  if (unknown.length || layouts.length === 0) throw new Error(`unknown layout "${unknown[0] ?? ''}"; choose from ${LAYOUTS.join(',')}`);
  return { outDir: positionals[0]!, reports, seed: values.seed!, layouts: layouts as Layout[], damageRate };
}

async function main(): Promise<void> {
  answerHelp('Writes a generated corpus: N report files in every layout family, and truth.json, the values ingest must find in each. The same seed gives the same bytes.', USAGE);
  let args: GenCorpusArgs;
  try {
    args = parseGenCorpusArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`gen-corpus: ${(error as Error).message}\n`);
    process.exit(2);
  }
  await mkdir(args.outDir, { recursive: true });
  const files = [];
  const every = Math.max(1, Math.floor(args.reports / 20));
  let n = 0;
  for await (const file of generateCorpus({ reports: args.reports, seed: args.seed, layouts: args.layouts, damageRate: args.damageRate })) {
    await writeFile(join(args.outDir, file.relPath), file.bytes);
    files.push(file.truth);
    if (++n % every === 0 || n === args.reports) process.stderr.write(`gen-corpus: ${n}/${args.reports} files\n`);
  }
  // No timestamp in truth.json: the same seed must give the same bytes.
  // One file's truth per line: readable, greppable, and a tenth of the size of indented JSON.
  const head = JSON.stringify({ seed: args.seed, reports: args.reports, layouts: args.layouts, damageRate: args.damageRate }).slice(0, -1);
  const json = `${head},"files":[\n${files.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  const target = join(args.outDir, 'truth.json');
  await writeFile(`${target}.tmp`, json);
  await rename(`${target}.tmp`, target);
  process.stderr.write(`gen-corpus: wrote ${n} files and truth.json to ${args.outDir}\n`);
}

if (import.meta.main) await main();
