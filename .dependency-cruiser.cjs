/**
 * The layer rules of docs/ARCHITECTURE.md, checked by `npm test` (npm run lint:layers).
 *
 * - Each folder of src/lib may import only the folders listed for it below: the pipeline's order
 *   (template → agency → place; template → read → parse → check → ingest; measures → site →
 *   present → views), so there is no cycle between folders and no page model reaches into ingest.
 * - Browser code (src/browser/) reaches no Node built-in and no module that touches the file
 *   system (`*-fs.ts`), however indirectly.
 * - No module imports itself through others (no cycle between modules).
 *
 * Type-only imports count like any other (tsPreCompilationDeps): a type belongs to the layer that
 * may be imported, and a type the browser reads sits in a module that brings no Node code with it.
 */
const LAYERS = {
  template: [],
  // PART=k/n and checking that parts make a whole, for ingest and the build alike.
  parts: [],
  agency: ['template'],
  // The gazetteer and the resolution of places: what an agency is comes from agency/.
  place: ['template', 'agency'],
  files: [],
  read: ['template'],
  parse: ['template', 'read', 'agency'],
  check: ['template', 'parse', 'measures', 'agency'],
  output: ['template'],
  // views: the checklist (views/checklist.ts), whose items reports.csv carries as columns.
  ingest: ['template', 'agency', 'place', 'files', 'read', 'parse', 'check', 'output', 'parts', 'views'],
  measures: ['template'],
  // place: the tree of the places in the data (place/hierarchy.ts) for browsing by place.
  // files: reading the JSON-lines files ingest writes (files/json-lines-fs.ts).
  site: ['template', 'measures', 'agency', 'place', 'files', 'parts', 'check'],
  present: ['template', 'measures', 'site', 'output'],
  // place: the tree of the places in the data (place/hierarchy.ts) for the region filters.
  // search: the name index's entries (search/name-search.ts), which the compare picker offers.
  // output: the shape of a reports.csv column (output/csv.ts), which the checklist's items fill.
  views: ['template', 'measures', 'site', 'present', 'place', 'parts', 'search', 'output'],
  search: ['template', 'site', 'present', 'files', 'parts'],
  // search: the record of published addresses (search/addresses-fs.ts), whose old report addresses have no data to publish.
  // views, present: what an agency's pages read from the whole site (views/part-inputs.ts) and its short ids, for the incremental build's keys.
  publish: ['site', 'files', 'template', 'parts', 'search', 'views', 'present'],
};

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  comment: `src/lib/${layer}/ may import only ${allowed.length ? allowed.map((l) => `src/lib/${l}/`).join(', ') : 'nothing else in src/lib'} (docs/ARCHITECTURE.md)`,
  severity: 'error',
  from: { path: `^src/lib/${layer}/` },
  to: { path: '^src/lib/([^/]+)/', pathNot: [`^src/lib/(${[layer, ...allowed].join('|')})/`] },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'browser-no-node',
      comment: 'Browser code must not reach a Node built-in, however indirectly',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { reachable: true, path: '^node:|^(fs|path|crypto|os|child_process|worker_threads|url|util|zlib|module|stream|buffer|events|http|https|net)(/|$)' },
    },
    {
      name: 'browser-no-fs-modules',
      comment: 'Browser code must not reach a module that touches the file system (*-fs.ts)',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { reachable: true, path: '-fs\\.ts$' },
    },
    {
      name: 'browser-only-views-and-below',
      comment: 'Browser code may use the page models, presentation, measures, search and the template, nothing of ingest or the build',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { path: '^src/lib/', pathNot: '^src/lib/(views|present|measures|search|template)/' },
    },
    {
      name: 'tools-not-in-src',
      comment: 'src/ never depends on the test and benchmark tools',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tools|tests|scripts)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
  },
};
