// ESLint flat config: ESLint's and typescript-eslint's recommended rules (without type information,
// which would cost a full type-check per run; `npm run typecheck` does that), tuned to this code base.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const nodeGlobals = {
    process: 'readonly',
    console: 'readonly',
    Buffer: 'readonly',
    URL: 'readonly',
    setTimeout: 'readonly',
    clearTimeout: 'readonly',
    setInterval: 'readonly',
    clearInterval: 'readonly',
    setImmediate: 'readonly',
    performance: 'readonly',
    structuredClone: 'readonly',
    require: 'readonly',
    module: 'writable',
    __filename: 'readonly',
    __dirname: 'readonly',
    TextEncoder: 'readonly',
    TextDecoder: 'readonly',
};

export default defineConfig(
    { ignores: ['node_modules/', 'dist/', 'language/generated/', 'test-results/', 'bench/results/', 'examples/', '**/*.d.ts'] },
    js.configs.recommended,
    tseslint.configs.recommended,
    {
        languageOptions: { globals: nodeGlobals },
        rules: {
            // Unused names are compile errors already (tsconfig noUnusedLocals/Parameters); `_name` marks a deliberate one.
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
            // Casts to `unknown`-shaped records are how untrusted input is narrowed; `any` stays an error.
            '@typescript-eslint/no-explicit-any': 'error',
            'no-constant-condition': ['error', { checkLoops: false }],
            eqeqeq: ['error', 'always'],
            'prefer-const': 'error',
            // Control characters in patterns are deliberate here: untrusted text and file headers are sanitised or sniffed by them.
            'no-control-regex': 'off',
        },
    },
    {
        // Typed protocol messages follow vscode-eslint's shape: a namespace per message with its method and type.
        files: ['protocol/**/*.ts'],
        rules: { '@typescript-eslint/no-namespace': 'off' },
    },
    {
        // CommonJS entry points and the browser preview script.
        files: ['**/*.cjs'],
        languageOptions: { sourceType: 'commonjs' },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
        // Benchmarks drive pages: their callbacks run in the browser.
        files: ['scripts/bench-web.mjs'],
        languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
    },
    {
        files: ['preview-src/**/*.ts'],
        languageOptions: { globals: { window: 'readonly', document: 'readonly', acquireVsCodeApi: 'readonly' } },
    },
);
