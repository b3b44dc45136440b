/** @type {import('jest').Config} */
const common = {
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js' },
};
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'kern',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/e2e/'],
    },
    { ...common, displayName: 'oberflaeche', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/**/*.test.tsx'] },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
