/**
 * The unit suites only (src/core and src/app against in-memory fakes): what mutation testing
 * runs for each mutant. The end-to-end suites load the built bundle, which a mutant of src/
 * does not change, so they cannot tell mutants apart and are left out here.
 */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/test/core', '<rootDir>/test/app'] };
