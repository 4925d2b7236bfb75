/**
 * The incremental build's cache is per version of the code (publish/incremental-fs.ts codeVersion):
 * every file of src/ and public/, the config and the lockfile, the settings read from the
 * environment and Astro's options. Anything else (the README, the tests) leaves it as it was.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeVersion } from '../../../src/lib/publish/incremental-fs.ts';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'code-version-'));
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  mkdirSync(join(root, 'public'));
  writeFileSync(join(root, 'src', 'pages', 'index.astro'), '<h1>公开年报</h1>\n');
  writeFileSync(join(root, 'public', 'favicon.svg'), '<svg/>\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  writeFileSync(join(root, 'README.md'), '# readme\n');
  return root;
}

test('the same code, settings and options give the same version; a page, a static file, the lockfile, BASE_PATH or an option another', () => {
  const root = project();
  const first = codeVersion(root, {}, []);
  assert.match(first, /^[0-9a-f]{16}$/);
  assert.equal(codeVersion(root, {}, []), first);
  writeFileSync(join(root, 'README.md'), '# readme, reworded\n');
  assert.equal(codeVersion(root, {}, []), first, 'the README shapes no page');
  assert.notEqual(codeVersion(root, { BASE_PATH: '/sub/' }, []), first);
  assert.notEqual(codeVersion(root, {}, ['--site', 'https://example.org']), first);
  writeFileSync(join(root, 'src', 'pages', 'index.astro'), '<h1>公开年报看板</h1>\n');
  const page = codeVersion(root, {}, []);
  assert.notEqual(page, first);
  writeFileSync(join(root, 'public', 'favicon.svg'), '<svg></svg>\n');
  const icon = codeVersion(root, {}, []);
  assert.notEqual(icon, page);
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
  assert.notEqual(codeVersion(root, {}, []), icon);
});
