import { defineConfig } from 'vitest/config';

// Unit tests cover pure modules only (no Svelte, no DOM, no data plugin), so they need none of
// the app's Vite plugins.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'geo/**/*.test.ts',
      'compiler/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
