/**
 * The GitHub Actions workflow (.github/workflows/site.yml) cannot run here: its shape is checked
 * instead. Every npm script it runs exists in package.json; the ingest and build matrices each hold
 * the parts 1 … PARTS once; the jobs run in the pipeline's order (ingest parts → assemble-data →
 * build parts → assemble → publish); what each job uploads is what the next downloads; the ingest
 * cache is the folder ingest is told to use; every action is pinned to a major version.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  strategy?: { matrix: { part: number[] } };
  steps: Step[];
}
interface Workflow {
  env: Record<string, string | number>;
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync('.github/workflows/site.yml', 'utf8')) as Workflow;
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const steps = (job: string) => workflow.jobs[job]!.steps;
const runs = (job: string) => steps(job).flatMap((s) => (s.run ? [s.run] : []));

test('every npm script the workflow runs exists in package.json', () => {
  const named = Object.keys(workflow.jobs).flatMap((job) => runs(job).flatMap((r) => [...r.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!)));
  assert.deepEqual([...new Set(named)].sort(), ['assemble', 'assemble-data', 'build:site', 'ingest']);
  for (const name of named) assert.ok(scripts[name], `npm run ${name} is not a script of package.json`);
  // The build part builds the site alone: npm run build would ingest the whole content folder again.
  assert.equal(scripts['build:site'], 'astro build');
  // Nothing else is run but npm ci and npm scripts.
  for (const job of Object.keys(workflow.jobs)) for (const r of runs(job)) assert.match(r, /^npm (ci|run [\w:-]+)\b/, r);
});

test('the ingest and build matrices hold parts 1 … PARTS, and the commands use them', () => {
  const parts = Number(workflow.env.PARTS);
  assert.ok(parts >= 2);
  const all = Array.from({ length: parts }, (_, i) => i + 1);
  assert.deepEqual(workflow.jobs.ingest!.strategy!.matrix.part, all);
  assert.deepEqual(workflow.jobs.build!.strategy!.matrix.part, all);
  assert.match(runs('ingest').find((r) => r.includes('npm run ingest'))!, /--part "\$\{\{ matrix\.part \}\}\/\$PARTS" --out "parts\/\$\{\{ matrix\.part \}\}"/);
  const build = steps('build').find((s) => s.run?.includes('npm run build:site'))!;
  assert.equal(build.env!.PART, '${{ matrix.part }}/${{ env.PARTS }}');
});

test('the jobs run in the pipeline’s order, each downloading what the one before uploaded', () => {
  const needs = Object.fromEntries(Object.entries(workflow.jobs).map(([name, job]) => [name, job.needs ?? null]));
  assert.deepEqual(needs, { ingest: null, 'assemble-data': 'ingest', build: 'assemble-data', assemble: 'build', publish: 'assemble' });
  const uploaded = (job: string) => steps(job).find((s) => s.uses?.startsWith('actions/upload-artifact'))!.with!;
  const downloaded = (job: string) => steps(job).find((s) => s.uses?.startsWith('actions/download-artifact'))!.with!;
  assert.equal(uploaded('ingest').name, 'ingest-part-${{ matrix.part }}');
  assert.equal(downloaded('assemble-data').pattern, 'ingest-part-*');
  assert.ok(runs('assemble-data').includes('npm run assemble-data -- parts/ingest-part-* --out data'));
  assert.equal(uploaded('assemble-data').name, 'data');
  assert.deepEqual(downloaded('build'), { name: 'data', path: 'data' });
  assert.equal(uploaded('build').name, 'site-part-${{ matrix.part }}');
  assert.equal(downloaded('assemble').pattern, 'site-part-*');
  assert.ok(runs('assemble').includes('npm run assemble -- site-parts/site-part-* --out dist'));
  assert.equal(steps('assemble').find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with!.path, 'dist');
  assert.ok(steps('publish').some((s) => s.uses?.startsWith('actions/deploy-pages')));
});

test('the ingest cache is the folder ingest is told to keep its results in; actions are pinned', () => {
  const cache = steps('ingest').find((s) => s.uses?.startsWith('actions/cache'))!;
  assert.equal(cache.with!.path, '.cache/ingest');
  assert.match(runs('ingest').find((r) => r.includes('npm run ingest'))!, /--cache-dir \.cache\/ingest\b/);
  for (const job of Object.values(workflow.jobs)) for (const s of job.steps) if (s.uses) assert.match(s.uses, /^actions\/[a-z-]+@v\d+$/, s.uses);
});
