/** @type {import('jest').Config} */
const base = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  testTimeout: 120000,
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    { ...base, displayName: 'default' },
    // Every suite on the simulated Excel again at ExcelApi 1.7, the manifest's minimum (Excel
    // 2019): no native validation, no special cells, no page layout. Tests that pin a level keep it.
    {
      ...base,
      displayName: 'ExcelApi 1.7',
      testMatch: ['<rootDir>/test/excel/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/test/excel/libreoffice\\.test\\.ts$'],
      setupFiles: ['<rootDir>/test/excel/apiLevel17.setup.ts'],
    },
  ],
};
