// The build (tsconfig.build.json → dist/) holds the platform only: no test, no test support, nothing that pulls vitest
// in. A test-support file imported by a production file would otherwise be compiled in silently.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

it('compiles no test, test support or vitest into dist/', () => {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const files = execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--listFilesOnly'], { cwd: root, encoding: 'utf8' })
    .split('\n').filter(Boolean).map((f) => path.relative(root, f));
  expect(files.filter((f) => f.startsWith('core/')).length).toBeGreaterThan(100);
  const testing = files.filter((f) => /\.test\.ts$|(^|\/)test-kit\.ts$|^core\/test\/|\/testing\/|sdk-testing\.ts$|test-helpers\.ts$|test-support\.ts$|node_modules\/(vitest|@vitest)\//.test(f));
  expect(testing).toEqual([]);
}, 120_000);
