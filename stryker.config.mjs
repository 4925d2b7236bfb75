// `npm run mutate`: mutation testing (StrykerJS) of the modules whose wrong result misleads a user.
// Each mutant runs only the unit test files that reach it (the tap runner's coverage is per test
// file). The incremental file is committed, so a run after a change tests only the mutants of what
// changed; the HTML report (reports/mutation/) stays out of git. Survivors judged equivalent are
// listed, with the reason, in tests/mutation/README.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'tap',
  tap: {
    // Not the suites that judge robustness rather than values: the hostile inputs, the readers'
    // fuzzing and the OCR of whole scans take minutes each, and would run for every mutant they reach.
    // Nor the test of the hand-kept planted bugs, which reads the source as written, not as instrumented.
    testFiles: [
      'tests/unit/roundtrip.test.ts',
      'tests/unit/@(agency|check|corpus|files|fixtures|measures|output|parse|parts|place|present|publish|search|site|template|views)/**/*.test.ts',
      'tests/unit/read/!(fuzz).test.ts',
      'tests/unit/ingest/!(scans).test.ts',
    ],
    // Node's test runner prints TAP when told to; the TypeScript runs as Node strips its types.
    nodeArgs: ['--test-reporter=tap'],
  },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/template/**/*.ts',
    'src/lib/check/**/*.ts',
    'src/lib/measures/**/*.ts',
    'src/lib/place/**/*.ts',
    'src/lib/agency/**/*.ts',
    'src/lib/views/**/*.ts',
    'src/lib/output/**/*.ts',
    'src/lib/parse/**/*.ts',
    // The readers' cell placement: where a number's column and line come from.
    'src/lib/read/layout.ts',
    'src/lib/read/xls.ts',
    'src/lib/read/html.ts',
    // The DOCX table model (gridSpan, vMerge), the .doc reader's table cells and a scan's columns.
    'src/lib/read/docx.ts',
    'src/lib/read/doc.ts',
    // RTF (often named .doc): its cells, rows and merges become a .doc's paragraphs, read as doc.ts reads them.
    'src/lib/read/rtf.ts',
    'src/lib/read/doc-binary.ts',
    // The 8-bit code page of .doc and RTF text.
    'src/lib/read/windows-1252.ts',
    'src/lib/read/ocr/columns.ts',
    // File-system edges are exercised by the ingest tests, not judged by mutants.
    '!src/lib/**/*-fs.ts',
  ],
  // .cache holds the builds and caches of earlier runs (the e2e sites, ingest's caches), never code.
  ignorePatterns: ['/.cache', '/dist', '/dist-*', '/data', '/bench-out', '/reports', '/.astro', '/public/data', '/public/pagefind'],
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 60000,
  thresholds: { high: 90, low: 80, break: null },
  cleanTempDir: 'always',
};
