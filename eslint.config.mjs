import tseslint from 'typescript-eslint';

const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'FormApp',
  'CalendarApp',
  'Calendar',
  'GmailApp',
  'MailApp',
  'DocumentApp',
  'DriveApp',
  'UrlFetchApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'Session',
  'Utilities',
  'HtmlService',
  'ScriptApp',
  'Logger',
  'Charts',
].map((name) => ({
  name,
  message: 'src/core dan src/app harus murni: akses layanan Apps Script lewat port di src/io.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.playground/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/app/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_GLOBALS],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Gunakan clock.now().' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Gunakan clock.now().',
        },
      ],
    },
  },
  {
    files: ['dev/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
