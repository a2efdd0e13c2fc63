// Flat config: typescript-eslint for all TypeScript, the Office add-in rules for the only
// code that calls Office.js (src/excel).
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

/** Office.js globals: used in src/excel only. */
const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension'].map((name) => ({ name, message: `${name} (Office.js) is used in src/excel only.` }));

module.exports = tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', 'bin/**'] },
  ...tseslint.configs.recommended,
  // Registered everywhere (tests that drive Excel.run may need to mention its rules) …
  { plugins: { 'office-addins': officeAddins } },
  // … enforced where the add-in calls Office.js.
  {
    files: ['src/excel/**/*.ts'],
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  // Layers (README, "Layout"). The domain is pure: it imports only the domain — no
  // package, no Node module, no adapter — and never touches Office.js.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!\\.\\.?/)', message: 'src/domain imports only src/domain (no packages, no node:*).' },
            { group: ['**/excel/**', '**/workbook/**', '**/taskpane/**', '**/cli/**', '**/test/**'], message: 'src/domain imports only src/domain.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
    },
  },
  // The file adapter never calls Office.js, nor the add-in's code.
  {
    files: ['src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/excel/**', '**/taskpane/**', '**/cli/**'], message: 'src/workbook is the .xlsx adapter: no Office.js, no pane, no CLI.' }] },
      ],
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
    },
  },
  // The pane reaches the file adapter and exceljs only through lazy chunks (`await import()`),
  // so the task pane's first load stays small; static imports are refused.
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['exceljs', 'jszip', '**/workbook/**', '**/cli/**'], message: 'The pane loads the file adapter lazily: use await import().' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
