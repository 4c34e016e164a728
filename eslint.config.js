import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'data/', 'bench/peer/', 'libs/api-client/src/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-console': 'error',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', module: 'readonly' } } },
  { files: ['bench/**', 'apps/cli/**', 'test/**'], rules: { 'no-console': 'off' } },
  {
    // The console reads the server's pure label table from the domain, nothing else of it (dependency-cruiser keeps it off the rest of the server).
    files: ['apps/console/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '#domain',
              allowImportNames: ['labelLocaleOf', 'valueLabel', 'fieldLabel', 'FIELD_LABELS', 'VALUE_LABELS', 'LabelLocale', 'LabelledField', 'LabelledList'],
              message: 'The console uses only the label table of #domain: everything else comes from the API.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
