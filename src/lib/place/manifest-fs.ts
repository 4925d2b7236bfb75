/**
 * Reads the content folder's agencies.csv (manifest.ts), when there is one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from './gazetteer.ts';
import { MANIFEST_PATH, parseManifest, type Manifest } from './manifest.ts';

/** A manifest for every township of the country is about 2 MB; far more is not a manifest. */
const MAX_BYTES = 32 * 1024 * 1024;

/**
 * The manifest of a content folder, or null when it has none.
 * @param gaz the gazetteer, asked for only when there is a manifest to read
 */
export function readManifest(contentDir: string, gaz: () => Gazetteer): Manifest | null {
  const path = join(contentDir, MANIFEST_PATH);
  if (!existsSync(path)) return null;
  const size = statSync(path).size;
  if (size > MAX_BYTES) {
    return { byPath: new Map(), byName: new Map(), rows: 0, messages: [`${MANIFEST_PATH}: manifest-too-large: ${size} bytes, more than ${MAX_BYTES}: the manifest is not used`] };
  }
  const bytes = readFileSync(path);
  let text: string;
  const messages: string[] = [];
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel on a Chinese system saves CSV as GB18030 (GBK) unless told otherwise.
    text = new TextDecoder('gb18030').decode(bytes);
    messages.push(`${MANIFEST_PATH}: manifest-encoding: not UTF-8, read as GB18030`);
  }
  const manifest = parseManifest(text, gaz());
  manifest.messages.unshift(...messages);
  return manifest;
}
