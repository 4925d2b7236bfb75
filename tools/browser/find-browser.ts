/**
 * The Chromium the browser tests (tests/e2e) and the benchmark's search measurement drive, found
 * in this order:
 *
 * 1. `CHROMIUM_PATH`, when set (a browser of one's own choosing);
 * 2. the system's Chromium: `chromium` or `chromium-browser` on the PATH, else Debian's
 *    /usr/bin/chromium;
 * 3. the Chromium that the npm package @sparticuz/chromium carries inside itself (a devDependency:
 *    `npm install` alone brings it, no download at run time). It is unpacked into the temporary
 *    folder on first use, with the few libraries it needs (NSS, NSPR, expat) from the same
 *    package, so that it runs on a machine without any browser installed.
 *
 * There is always a browser: the tests are never skipped for want of one.
 */
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for the tests' log. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
  /** Environment the browser needs (the npm Chromium's libraries). */
  env?: Record<string, string>;
}

/** Where the system's Chromium may be, besides the PATH. */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const NAMES = ['chromium', 'chromium-browser'];

export async function findBrowser(env: NodeJS.ProcessEnv = process.env, systemPaths: readonly string[] = SYSTEM_PATHS): Promise<FoundBrowser> {
  if (env.CHROMIUM_PATH) return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => join(dir, name)));
  const system = [...onPath, ...systemPaths].find(executable);
  if (system) return { executablePath: system, source: 'system' };
  return npmChromium(env);
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function npmChromium(env: NodeJS.ProcessEnv): Promise<FoundBrowser> {
  const { default: chromium, inflate } = await import('@sparticuz/chromium');
  const executablePath = await chromium.executablePath();
  // The package unpacks these libraries only on Amazon Linux; they are what its build links to.
  const bin = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'bin');
  const libs = join(await inflate(join(bin, 'al2023.tar.br')), 'lib');
  return { executablePath, source: 'npm', env: { LD_LIBRARY_PATH: [libs, env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter) } };
}
