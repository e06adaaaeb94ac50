// Vite config of the console: root admin-ui/, build to admin-ui/dist, /api proxied to the API in development.
/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
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
    // Split the libraries by how often they change, so a console release re-downloads only app code.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 30 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/, priority: 20 },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[\w-]+|@tanstack|react-hook-form)[\\/]/, priority: 10 },
            // Region forms load their renderer on demand; the dashboard's charts are their own chunk.
            { name: 'rjsf', test: /node_modules[\\/](@rjsf|ajv|ajv-formats|ajv-i18n|fast-uri|json-schema-traverse|jsonpointer|json-schema-merge-allof|json-schema-compare|compute-gcd|compute-lcm|validate\.io-[\w-]+)[\\/]/, priority: 15 },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-[\w-]+|victory-vendor|internmap|decimal\.js-light|@reduxjs|immer|reselect|redux|react-redux|eventemitter3|es-toolkit)[\\/]/, priority: 15 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 0 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
