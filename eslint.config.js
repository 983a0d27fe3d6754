import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The layer rules of DESIGN.md: each layer may import only the layers beneath it.
const layerRules = [
  { layer: 'src/domain', forbidden: ['store', 'ingest', 'services', 'api', 'cli', 'reports'] },
  { layer: 'src/store', forbidden: ['ingest', 'services', 'api', 'cli', 'reports'] },
  { layer: 'src/ingest', forbidden: ['store', 'services', 'api', 'cli', 'reports'] },
  { layer: 'src/services', forbidden: ['api', 'cli'] },
  { layer: 'src/api', forbidden: ['store', 'ingest', 'reports', 'cli'] },
  { layer: 'src/cli', forbidden: ['store', 'ingest', 'reports'] },
  // Renderers are adapters beside ingest: pure functions of domain values, used by services.
  { layer: 'src/reports', forbidden: ['store', 'ingest', 'services', 'api', 'cli'] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'var/**', 'coverage/**', 'web/src/shared/apiSchema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'max-lines-per-function': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // A demo plan is one document's content; splitting it across files would only hide its shape.
  { files: ['demo/plans/*.ts'], rules: { 'max-lines': 'off' } },
  {
    files: ['web/**/*.tsx', 'web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/**'], message: 'The web app talks only to the HTTP API.' }] },
      ],
    },
  },
  // The web app's features (DESIGN.md, Architecture): one uses another only through its index.ts,
  // and shared/ serves them all while using none. Each block restates the rule above, which it replaces.
  ...[
    { files: 'web/src', group: ['./*/*', '!./shared/**', '!./*/index.js'] },
    { files: 'web/src/*/**', group: ['../*/*', '!../shared/**', '!../*/index.js'] },
    { files: 'web/src/shared/**', group: ['../**'] },
  ].map(({ files, group }) => ({
    files: [`${files}/*.ts`, `${files}/*.tsx`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/**'], message: 'The web app talks only to the HTTP API.' },
            {
              group,
              message: files.endsWith('shared/**')
                ? 'shared/ serves every feature and imports none of them.'
                : 'Import another feature through its index.js, never its files; what several features use belongs in shared/.',
            },
          ],
        },
      ],
    },
  })),
  ...layerRules.map(({ layer, forbidden }) => ({
    files: [`${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((name) => ({
            group: [`**/${name}/**`, `../${name}`, `../../${name}`],
            message: `${layer} may not import from src/${name} (see DESIGN.md, Architecture).`,
          })),
        },
      ],
    },
  })),
  // Tests stand outside the layers: they set up databases and servers, and play a database administrator.
  { files: ['**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', URL: 'readonly', console: 'readonly' },
      parserOptions: { projectService: false },
    },
  },
);
