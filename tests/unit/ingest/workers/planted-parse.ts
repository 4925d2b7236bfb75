/**
 * processFile with a planted bug in the parser (run by process-file.test.ts with
 * --experimental-test-module-mocks): parseReport throws for a text holding PLANTED and works for
 * any other. Prints each result as JSON, one line per file given.
 */
import { mock } from 'node:test';
import { readFileSync } from 'node:fs';

const real = await import('../../../../src/lib/parse/report.ts');
mock.module(new URL('../../../../src/lib/parse/report.ts', import.meta.url).href, {
  namedExports: {
    ...real,
    parseReport: (doc: Parameters<typeof real.parseReport>[0]) => {
      if (doc.lines.some((l) => l.cells.join('').includes('PLANTED'))) throw new TypeError("Cannot read properties of undefined (reading 'cells')");
      return real.parseReport(doc);
    },
  },
});
const { processFile } = await import('../../../../src/lib/ingest/process-file.ts');
for (const path of process.argv.slice(2)) {
  process.stdout.write(`${JSON.stringify(await processFile(new Uint8Array(readFileSync(path)), path.split('/').pop()!))}\n`);
}
