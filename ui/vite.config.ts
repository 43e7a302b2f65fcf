import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fluentCatalogues } from './build/fluentCatalogues';

// Tauri loads the built files from ui/dist and, in development, the dev server on 5173.
export default defineConfig({
  plugins: [fluentCatalogues(), svelte()],
  clearScreen: false,
  // The message catalogue lives at the repository root (locales/), shared with the Rust side.
  server: { port: 5173, strictPort: true, host: '127.0.0.1', fs: { allow: ['..'] } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    setupFiles: ['./tests/setup.ts'],
  },
});
