/**
 * ts-jest transpiles each file on its own (tsconfig isolatedModules, diagnostics off) so the suite does not type-check twice:
 * `npm test` runs `tsc --noEmit` over the whole project first.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  testTimeout: 120000,
};
