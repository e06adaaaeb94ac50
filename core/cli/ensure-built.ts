// Builds the server and the console when their output is missing or older than the sources (used by npm start).
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { ROOT } from '../paths.js';

function newest(dir: string, exts: string[]): number {
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) max = Math.max(max, newest(p, exts));
    else if (exts.some((e) => entry.name.endsWith(e))) max = Math.max(max, fs.statSync(p).mtimeMs);
  }
  return max;
}

function stale(output: string, sources: string[], exts: string[]): boolean {
  const out = path.join(ROOT, output);
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return sources.some((s) => fs.existsSync(path.join(ROOT, s)) && newest(path.join(ROOT, s), exts) > built);
}

if (stale('dist/core/main.js', ['core', 'plugins', 'migrations'], ['.ts'])) {
  console.log('Building the server (tsc)…');
  execSync('npm run build:server', { cwd: ROOT, stdio: 'inherit' });
}
if (stale('admin-ui/dist/index.html', ['admin-ui/src'], ['.ts', '.tsx', '.css'])) {
  console.log('Building the console (vite)…');
  execSync('npm run build:ui', { cwd: ROOT, stdio: 'inherit' });
}
