// The project's configuration, with each mutant judged by the unit tests of its own module only:
// MUTATE_TESTS names them (globs, comma-separated). A mutant of a module's top level (a column list,
// a table of labels) is "static": Stryker runs every test file of the suite for it, which on 2 cores
// takes hours for one module; its own tests take seconds.
//   MUTATE_TESTS='tests/unit/output/csv.test.ts' npx stryker run tests/mutation/own-tests.config.mjs --mutate src/lib/output/csv.ts --concurrency 1
import base from '../../stryker.config.mjs';

const only = process.env.MUTATE_TESTS;

export default only ? { ...base, tap: { ...base.tap, testFiles: only.split(',') } } : base;
