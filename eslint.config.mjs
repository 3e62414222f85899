// @ts-check
import tseslint from 'typescript-eslint';

/** Rule files are private to the pack (lib/checks); everything else reads control parameters from lib/controls. */
const RULES_ARE_PRIVATE = { group: ['**/checks/rules', '**/checks/rules/**'], message: 'Rule files are private to lib/checks; shared values live in lib/controls.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'cdk.out/**', '**/cdk.out/**', '**/*.js', '**/*.d.ts', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // CommonJS shims (the evidence CLI's bin entry) load modules with require by design.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      // Library code reports through findings and errors, never the console or process exit.
      'no-console': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'exit', message: 'Library code must not exit the process; bin/ does.' }],
      // Layers point one way: rule files are private to lib/checks.
      'no-restricted-imports': ['error', { patterns: [RULES_ARE_PRIVATE] }],
    },
  },
  {
    // The rule pack may use its own rule files.
    files: ['lib/checks/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The catalog and control parameters are the ground floor: they import nothing of ours but the error class.
    files: ['lib/controls/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '!../errors'], message: 'lib/controls imports nothing above it; move the shared value down into lib/controls.' }] }],
    },
  },
  {
    // Constructs never load the rule pack (and so cdk-nag): they take control parameters from lib/controls.
    files: ['lib/keys/**/*.ts', 'lib/storage/**/*.ts', 'lib/database/**/*.ts', 'lib/network/**/*.ts', 'lib/backup/**/*.ts', 'lib/audit/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'cdk-nag', message: 'Constructs must not load cdk-nag; acknowledge through lib/checks/acknowledge.' }],
        patterns: [RULES_ARE_PRIVATE, { group: ['../checks/*', '!../checks/acknowledge'], message: 'Constructs use lib/checks/acknowledge only; take control parameters from lib/controls.' }],
      }],
    },
  },
  {
    // The evidence library runs without the CDK: it judges recorded configuration with the catalog only.
    files: ['lib/evidence/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'cdk-nag', message: 'The evidence library must not load cdk-nag.' }],
        patterns: [RULES_ARE_PRIVATE, { group: ['aws-cdk-lib', 'aws-cdk-lib/*', '../checks', '../checks/*', '../keys/*', '../storage/*', '../database/*', '../network/*', '../backup/*', '../audit/*', '../reference/*'], message: 'lib/evidence imports lib/controls only.' }],
      }],
    },
  },
);
