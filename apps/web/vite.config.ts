/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths are taken from this file's location so the config works from any working directory.
const here = (relative: string) => decodeURIComponent(new URL(relative, import.meta.url).pathname);

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    // The web app shares roles, permissions and error codes with the API through
    // libs/contracts; it must never import from apps/api.
    alias: { '#contracts': here('../../libs/contracts/src/index.ts') },
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // Vite prints every chunk with its gzipped size; keep that report on.
    reportCompressedSize: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Component tests render whole pages; on a busy 2-core CI machine 5 s is not always enough.
    testTimeout: 20_000,
  },
});
