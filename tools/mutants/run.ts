/**
 * npm run mutants [-- --all] [ID …]
 *
 * Plants each bug of mutants.ts in turn, runs the tests that should catch it (every unit test
 * with --all), puts the code back, and reports which bugs survived. Exit 1 when one survived or
 * a mutant no longer matches the code (its `find` text must occur exactly once).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MUTANTS } from './mutants.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { all: { type: 'boolean', default: false } } });
const chosen = positionals.length ? MUTANTS.filter((m) => positionals.includes(m.id)) : MUTANTS;
const unknown = positionals.filter((id) => !MUTANTS.some((m) => m.id === id));
if (unknown.length) {
  process.stderr.write(`mutants: no mutant ${unknown.join(', ')}; known: ${MUTANTS.map((m) => m.id).join(', ')}\n`);
  process.exit(2);
}

let bad = 0;
for (const [i, m] of chosen.entries()) {
  const path = join(ROOT, m.file);
  const original = readFileSync(path, 'utf8');
  const count = original.split(m.find).length - 1;
  const head = `[${i + 1}/${chosen.length}] ${m.id}`;
  if (count !== 1) {
    process.stdout.write(`${head}: STALE — its text occurs ${count} times in ${m.file}; update the mutant\n`);
    bad++;
    continue;
  }
  writeFileSync(path, original.replace(m.find, m.replace));
  try {
    const tests = values.all ? ['tests/unit/**/*.test.ts'] : m.tests;
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=dot', ...tests], { cwd: ROOT, encoding: 'utf8' });
    const killed = run.status !== 0;
    if (!killed) bad++;
    process.stdout.write(`${head}: ${killed ? 'killed' : 'SURVIVED'} — ${m.why}\n`);
  } finally {
    writeFileSync(path, original);
  }
}
process.stdout.write(`${chosen.length - bad} of ${chosen.length} planted bugs caught${bad ? `; ${bad} survived or stale` : ''}\n`);
process.exit(bad ? 1 : 0);
