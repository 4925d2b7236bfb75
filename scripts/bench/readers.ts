/**
 * The readers alone, each against its floor measured in the same run: how far a reader is from
 * what merely getting at the file's text costs. C copies of a fixture (copies.ts: not byte-identical,
 * read the same) are read one after the other in this process through read/index.ts, after one
 * read that loads the reader's modules (start-up is not a reader's cost); the floor is, per copy:
 *
 * - PDF: `pdftotext -layout` (poppler), a process per file;
 * - DOCX, OFD: `unzip -p` of the archive's XML, a process per file;
 * - Word 97–2003: opening the OLE container (ole.ts, SheetJS's CFB reader), in this process.
 *
 * Both wall and CPU seconds are given, and a ratio of each: on a shared machine the wall times of
 * short processes swell with the load, their CPU times much less. A floor whose program is not
 * installed is null, and so are its ratios.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openOle } from '../../src/lib/read/ole.ts';
import { readFile as readDocument } from '../../src/lib/read/index.ts';
import { variant } from './copies.ts';
import { round } from './measure.ts';

interface Floor {
  what: string;
  /** Gets at the text of `file` (its bytes already read); false when the program it needs is missing. */
  run(file: string, bytes: Uint8Array): boolean;
}

const command = (program: string, args: (file: string) => string[]): Floor['run'] => (file) => !spawnSync(program, args(file), { stdio: 'ignore' }).error;

/** CPU seconds of this process and of its children that have ended (/proc: Linux's clock ticks, 100 a second). */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    // The fields after the command's name, which is in parentheses: cutime and cstime are the 14th and 15th.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // Not Linux: the floors run as programs have no CPU time, and their CPU ratio is not given.
  }
  return (own.user + own.system) / 1e6 + children;
}

/** Wall and CPU seconds of `run`. */
async function timed(run: () => Promise<boolean> | boolean): Promise<{ wall: number; cpu: number; ok: boolean }> {
  const cpu0 = cpuSeconds();
  const t0 = performance.now();
  const ok = await run();
  return { wall: (performance.now() - t0) / 1000, cpu: cpuSeconds() - cpu0, ok };
}

const READERS: { name: string; fixture: string; floor: Floor }[] = [
  { name: 'pdf', fixture: 'tests/fixtures/real/huaian-2024.pdf', floor: { what: 'pdftotext -layout', run: command('pdftotext', (f) => ['-layout', f, '-']) } },
  { name: 'docx', fixture: 'tests/fixtures/layouts/docx.docx', floor: { what: 'unzip -p of the XML', run: command('unzip', (f) => ['-p', f, 'word/*.xml']) } },
  { name: 'ofd', fixture: 'tests/fixtures/ofd/huaian-2024.ofd', floor: { what: 'unzip -p of the XML', run: command('unzip', (f) => ['-p', f, '*.xml']) } },
  {
    name: 'doc',
    fixture: 'tests/fixtures/layouts/doc.doc',
    floor: {
      what: 'opening the OLE container',
      run: (file, bytes) => openOle(bytes, file).stream('WordDocument') !== null,
    },
  },
];

export async function measureReaders(root: string, work: string, copies: number) {
  const out: Record<string, unknown> = {};
  for (const { name, fixture, floor } of READERS) {
    const dir = join(work, 'readers', name);
    await mkdir(dir, { recursive: true });
    const original = await readFile(join(root, fixture));
    const extension = fixture.slice(fixture.lastIndexOf('.'));
    const files: { path: string; bytes: Uint8Array }[] = [];
    for (let i = 1; i <= copies; i++) {
      const path = join(dir, `copy-${i}${extension}`);
      const bytes = variant(original, i);
      await writeFile(path, bytes);
      files.push({ path, bytes: new Uint8Array(bytes) });
    }
    process.stderr.write(`bench: reading ${copies} copies of ${fixture}, then its floor (${floor.what})\n`);
    await readDocument(files[0]!.bytes, files[0]!.path);
    const reader = await timed(async () => {
      for (const f of files) await readDocument(f.bytes, f.path);
      return true;
    });
    const base = await timed(() => files.every((f) => floor.run(f.path, f.bytes)));
    const ratio = (a: number, b: number) => (base.ok && b > 0 ? Math.round((a / b) * 10) / 10 : null);
    out[name] = {
      files: copies,
      fixture,
      seconds: round(reader.wall),
      cpuSeconds: round(reader.cpu),
      floor: floor.what,
      floorSeconds: base.ok ? round(base.wall) : null,
      floorCpuSeconds: base.ok ? round(base.cpu) : null,
      ratio: ratio(reader.wall, base.wall),
      cpuRatio: ratio(reader.cpu, base.cpu),
    };
  }
  return out;
}
