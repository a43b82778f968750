/**
 * The unit suites only (src/core and src/app against in-memory fakes): what mutation testing
 * runs for each mutant. The end-to-end suites load the built bundle, which a mutant of src/
 * does not change, so they are left out here.
 *
 * `src` is a root too, though it holds no tests: Stryker runs only the tests related to the
 * mutated file (`--findRelatedTests`), and Jest can follow an import only through files under its
 * roots. Without it, a file reached through a module in another folder (messages/applicant.ts
 * through messages.ts) has no related tests, and every one of its mutants "survives" untested.
 */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/test/core', '<rootDir>/test/app', '<rootDir>/src'] };
