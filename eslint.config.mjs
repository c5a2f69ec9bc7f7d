import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import { rendererLayers } from './scripts/eslint/rendererLayers.mjs'

const noEval = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
}

/** Imports that break a process boundary (see ARCHITECTURE.md, "Invariants"). */
const sharedForbidden = [
  { group: ['electron', 'electron/*'], message: 'src/shared is pure: no Electron.' },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'src/shared is pure: no React.',
  },
  { group: ['dexie', 'dexie/*', 'fake-indexeddb*'], message: 'src/shared is pure: no Dexie.' },
  { group: ['zustand', 'zustand/*'], message: 'src/shared is pure: no zustand.' },
  { group: ['@dnd-kit/*'], message: 'src/shared is pure: no dnd-kit.' },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'src/shared is pure: no Node.',
  },
  { group: ['**/main/**', '**/renderer/**'], message: 'src/shared depends on nothing else.' },
]

/** What no renderer file may import, src/renderer/db included. */
const rendererForbidden = [
  {
    group: ['electron', 'electron/*', 'node:*'],
    message: 'The renderer talks to the host API only.',
  },
  { group: ['**/main/**'], message: 'The renderer imports nothing from src/main.' },
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/screenshots/**',
      'bench/peer/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...noEval,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text is rendered as text, never as HTML.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Text is rendered as text, never as HTML.',
        },
        {
          selector: 'CallExpression[callee.property.name="insertAdjacentHTML"]',
          message: 'Text is rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sharedForbidden }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererForbidden,
            { group: ['dexie', 'dexie/*'], message: 'Only src/renderer/db touches Dexie.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'taneboard',
          message: 'Use getHost() (src/renderer/host/getHost.ts).',
        },
      ],
    },
  },
  // The LAN session's integration tests run the real hub (src/main/lan, plain Node) against the
  // renderer's real workshop sessions: the only renderer files that may import src/main or Node.
  {
    files: ['src/renderer/lan/**/*.hub.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer talks to the host API only.',
            },
            { group: ['dexie', 'dexie/*'], message: 'Only src/renderer/db touches Dexie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'renderer-layers': rendererLayers },
    rules: { 'renderer-layers/layers': 'error' },
  },
  {
    files: ['src/renderer/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: rendererForbidden }] },
  },
  {
    files: ['src/renderer/host/getHost.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'dexie', 'zustand', '@dnd-kit/*'],
              message: 'Main process: no renderer libraries.',
            },
            { group: ['**/renderer/**'], message: 'src/main imports nothing from src/renderer.' },
          ],
        },
      ],
    },
  },
  // Test code lives in tests and `testing/` folders; the app never imports it, so the build
  // (which bundles only what the entry points import) never ships it. A separate rule name, so the
  // process-boundary lists above stay as they are.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/**/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/testing', '**/testing/**'], message: 'The app imports no test code.' },
          ],
        },
      ],
    },
  },
  // e2e and bench are independent: what both need (seeding a browser profile, big boards) lives
  // in testing/browser.
  {
    files: ['e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/bench/**'], message: 'e2e imports nothing from bench.' }] },
      ],
    },
  },
  {
    files: ['bench/**/*.ts', 'bench/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/e2e/**'], message: 'bench imports nothing from e2e.' }] },
      ],
    },
  },
  {
    files: ['testing/**/*.ts', 'testing/**/*.mts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/e2e/**', '**/bench/**'], message: 'testing/ serves e2e and bench.' },
          ],
        },
      ],
    },
  },
  {
    // The one declaration of every record type (ARCHITECTURE.md, "Record registry"): it grows with
    // each record type by design; splitting it would make the schemas import each other in a cycle.
    files: ['src/shared/model/schemas.ts'],
    rules: { 'max-lines': ['warn', { max: 500, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'max-lines': 'off',
    },
  },
  prettier,
)
