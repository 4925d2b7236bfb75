/**
 * What ingest loads before and while it reads a plain text report: no reader of another format.
 * The OCR runtime, pdf.js, SheetJS and the XML and zip readers cost each process (the main thread
 * and every worker) hundreds of megabytes and a second; they are loaded when a file needs them.
 * Which packages a run imported is seen through a module resolution hook in the child process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

/** Prints `loaded <specifier>` for every import of a package, from any thread. */
const HOOK = `data:text/javascript,${encodeURIComponent(`
import module from 'node:module';
module.registerHooks({
  resolve(specifier, context, next) {
    if (!/^(node:|\\.|\\/|file:|data:)/.test(specifier)) process.stderr.write('loaded ' + specifier + '\\n');
    return next(specifier, context);
  },
});`)}`;

function packagesLoaded(report: string): Set<string> {
  const dir = mkdtempSync(join(tmpdir(), 'start-up-'));
  copyFileSync(report, join(dir, 'report.txt'));
  const run = spawnSync(process.execPath, ['--import', HOOK, 'scripts/ingest.ts', dir, '--out', join(mkdtempSync(join(tmpdir(), 'start-up-out-')), 'out'), '--quiet', '--no-cache'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return new Set([...run.stderr.matchAll(/^loaded (\S+)$/gm)].map((m) => m[1]!));
}

test('ingest of one text report loads no reader of scans, PDF, workbooks, Word files or web pages', () => {
  const loaded = packagesLoaded('tests/fixtures/layouts/tab.txt');
  // The run did load packages, and the hook saw them: the pipeline's own (the schema's zod).
  assert.ok(loaded.has('zod'), [...loaded].join(' '));
  for (const name of ['onnxruntime-node', '@napi-rs/canvas', 'utif2', 'unpdf', '@e965/xlsx', 'saxes', 'yauzl', 'htmlparser2']) {
    assert.ok(!loaded.has(name), `${name} loaded for a text report`);
  }
});
