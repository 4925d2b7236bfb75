/**
 * JSON arrays with one element per line, as ingest writes its files (reports.json,
 * ingest-log.json, an ingest part's results.json): `[`, then one element per line, each but the
 * last followed by a comma, then `]`. Compact, yet a diff shows which element changed, and a
 * reader can take one element at a time: JSON never holds a raw line break inside a value, so a
 * line is an element.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** The array's text as chunks, from each element's JSON. */
export function* jsonArray(jsons: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  let first = true;
  for (const json of jsons) {
    yield first ? '[\n' : ',\n';
    yield json;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * Each element of such a file. The file is read in chunks of a few megabytes: its size is not
 * limited by the longest string JavaScript can hold. Throws, naming the file and line, on a line
 * that is not an element.
 */
export function* readJsonLines(path: string): Generator<unknown> {
  let lineNumber = 0;
  for (const line of readLines(path)) {
    lineNumber++;
    const text = line.endsWith(',') ? line.slice(0, -1) : line;
    if (text === '[' || text === ']' || text === '[]' || text === '') continue;
    try {
      yield JSON.parse(text);
    } catch (error) {
      throw new Error(`${path}:${lineNumber}: not one JSON element per line as ingest writes it (${(error as Error).message}). Run \`npm run ingest\` again.`);
    }
  }
}

function* readLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4 * 1024 * 1024);
    const decoder = new TextDecoder('utf-8');
    let carry = '';
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      const text = carry + decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
      const lines = text.split('\n');
      carry = lines.pop()!;
      yield* lines;
      if (n === 0) break;
    }
    if (carry) yield carry;
  } finally {
    closeSync(fd);
  }
}
