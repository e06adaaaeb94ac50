// Vite config of the console: root admin-ui/, build to admin-ui/dist, /api proxied to the API in development.
/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // Brotli and gzip copies beside each asset (index.html too), served as they are by the API process: no compression per request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // @rjsf/core's index re-exports getTestRegistry, which imports @rjsf/validator-ajv8; that package is a
    // devDependency only so the bundler can resolve the import. Nothing calls it, so it is tree-shaken away
    // (the bundle holds no ajv and no `new Function`, which the CSP forbids).
    // No hand-made vendor groups: the bundler splits along the lazy routes, so the sign-in screen loads React and a few
    // MUI parts, the dashboard adds react-admin's layout and the charts, and each page brings its own views.
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
