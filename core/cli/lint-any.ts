// npm run lint:any: counts the explicit `any` left in non-test code (everything but `*.test.ts(x)`), by file.
import { ESLint } from 'eslint';

// Every folder ESLint lints (core, plugins, admin-ui, bench, e2e, migrations, configs, the root's config files):
// only test files are left out; their support (core/test, **/testing, e2e helpers) is code like any other.
// Inline `eslint-disable` comments are not honoured here: an `any` explained in a comment is still an `any` to count.
const eslint = new ESLint({ allowInlineConfig: false, overrideConfig: { rules: { '@typescript-eslint/no-explicit-any': 'warn' } } });
const results = await eslint.lintFiles(['.']);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const byFile = results
  .filter((r) => !isTest(r.filePath))
  .map((r) => [r.filePath.replace(process.cwd() + '/', ''), r.messages.filter((m) => m.ruleId === '@typescript-eslint/no-explicit-any').length] as const)
  .filter(([, n]) => n > 0)
  .sort((a, b) => b[1] - a[1]);
for (const [file, n] of byFile) console.log(String(n).padStart(4), file);
console.log(`any in non-test code: ${byFile.reduce((sum, [, n]) => sum + n, 0)} (in ${results.filter((r) => !isTest(r.filePath)).length} files)`);
