// The text report of `npm run rules:test`: per node and rule set, then each failing case and what differed.
import type { FileProblem } from '../../configs/io.js';
import type { DiskSuiteResult } from './disk.js';

/** Lines for a terminal; `failed` counts failing cases, suites that could not run and file problems. */
export function formatReport(problems: FileProblem[], suites: DiskSuiteResult[]): { text: string; passed: number; failed: number } {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const p of problems) {
    lines.push(`✗ ${p.file} ${p.path || '/'}：${p.message}`);
    failed++;
  }
  for (const s of suites) {
    const where = `${s.node} ${s.key} (${s.file}; 规则集 ${s.chain.join(' → ') || '无'}，${s.date ?? '无日期'})`;
    if (!s.result) {
      lines.push(`✗ ${where}: 无法运行：${s.error}`);
      failed++;
      continue;
    }
    passed += s.result.passed;
    failed += s.result.failed;
    lines.push(`${s.result.failed ? '✗' : '✓'} ${where}: ${s.result.passed} passed, ${s.result.failed} failed`);
    for (const c of s.result.cases.filter((x) => !x.passed)) {
      lines.push(`    ✗ ${c.name}`);
      for (const d of c.differences) lines.push(`        ${d.message}`);
    }
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { text: lines.join('\n'), passed, failed };
}
