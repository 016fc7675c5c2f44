import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/', '.tools/', 'data/', '.tmp/', '.tap/', 'openapi/', 'clients/ts/src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // MARC is delimited by control characters (0x1D, 0x1E, 0x1F); matching them is the job.
      'no-control-regex': 'off',
    },
  },
  { files: ['scripts/**', 'bench/**', 'clients/ts/scripts/**'], rules: { 'no-console': 'off' } },
)
