/**
 * Every command of scripts/ answers --help with its usage and exit 0, before it checks anything
 * else: a newcomer's first question is never answered "Unknown option".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPTS = new URL('../../../scripts/', import.meta.url).pathname;
const COMMANDS = readdirSync(SCRIPTS).filter((name) => name.endsWith('.ts') && name !== 'help.ts');

test('every command of scripts/ answers --help and -h', () => {
  assert.deepEqual(COMMANDS.sort(), ['assemble-data.ts', 'assemble.ts', 'bench.ts', 'build.ts', 'gen-corpus.ts', 'ingest.ts']);
  for (const command of COMMANDS) {
    for (const flag of ['--help', '-h']) {
      const run = spawnSync(process.execPath, [join(SCRIPTS, command), flag], { encoding: 'utf8' });
      assert.equal(run.status, 0, `${command} ${flag}: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`usage: (npm run |node scripts/)${command.replace('.ts', '')}\\b`), `${command} ${flag}`);
    }
  }
});
