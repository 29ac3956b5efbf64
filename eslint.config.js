// Type-aware linting (typescript-eslint) catches floating promises and unsafe `any` flows
// that a syntax-only linter cannot; the boundary rules below keep ambient state in three packages.
import tseslint from 'typescript-eslint';

const onlyIn = (allowed, names) => ({
  files: ['packages/*/src/**/*.ts'],
  ignores: allowed.map((p) => `packages/${p}/src/**/*.ts`),
  rules: {
    'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message: `only packages/${allowed.join(', ')} may import ${name}` })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'schema/**', 'coverage/**', 'packages/*/src/generated/**', '**/*.js', '**/*.mjs', 'test/fixtures/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/*/test/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off', '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  onlyIn(['runner'], ['@actions/core']),
  onlyIn(['github'], ['@actions/github', '@octokit/core', '@octokit/request', '@octokit/request-error', '@octokit/graphql', '@octokit/plugin-retry', '@octokit/plugin-throttling']),
  onlyIn(['git'], ['node:child_process', 'child_process']),
);
