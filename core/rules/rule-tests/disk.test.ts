// `npm run rules:test` inside the suite: every configs/<node>/tests/*.json passes against its node's rule set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../env/env.js';
import { loadConfiguredPlugins, type PluginRegistry } from '../../plugins/loader.js';
import { ROOT } from '../../paths.js';
import { runDiskTests } from './disk.js';
import { formatReport } from './report.js';

const CONFIGS = path.join(ROOT, 'configs');

describe('rule tests of configs/', () => {
  let plugins: PluginRegistry;
  beforeAll(async () => {
    plugins = await loadConfiguredPlugins(loadEnv({}).PLUGINS, path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'plugins'));
  });

  it('pass, every case of every node', async () => {
    const { problems, suites } = await runDiskTests(CONFIGS, plugins);
    const report = formatReport(problems, suites);
    expect(report.failed, report.text).toBe(0);
    expect(suites.map((s) => `${s.node}/${s.key}`)).toEqual(expect.arrayContaining(['150000/training', '150000/evaluation', '150000/upgrade', '150000/base_reward', '150600/training', '152500/training']));
    expect(suites.every((s) => s.result && s.result.cases.length > 0)).toBe(true);
    expect(report.text.split('\n').at(-1)).toBe(`${report.passed} passed, 0 failed`);
    expect(suites.find((s) => s.node === '150600')!.chain).toEqual(['150000', '150600']);
  });

  it('report a failing case with the rule and comparison that differed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-configs-'));
    try {
      fs.cpSync(CONFIGS, dir, { recursive: true });
      const file = path.join(dir, '150600-ordos', 'tests', 'training.json');
      const tests = JSON.parse(fs.readFileSync(file, 'utf8'));
      const c = tests.cases.find((x: any) => x.expect.rules?.['attendance-complete'] === false);
      c.expect = { outcome: 'eligible', rules: { 'attendance-complete': true } };
      fs.writeFileSync(file, JSON.stringify(tests, null, 2));
      const { problems, suites } = await runDiskTests(dir, plugins);
      const report = formatReport(problems, suites);
      expect(report.failed).toBe(1);
      expect(report.text).toContain(`    ✗ ${c.name}`);
      expect(report.text).toContain('预期结果 符合条件（eligible），实际 需人工审核（needs_review）；未满足的规则：「出勤率达到 90%」attendance-complete（需人工审核）');
      expect(report.text).toContain('规则「出勤率达到 90%」（attendance-complete）预期满足，实际不满足：出勤完成率 0.85 大于等于 0.9：不符合');
      expect(report.text.split('\n').at(-1)).toBe(`${report.passed} passed, 1 failed`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('speak of amounts in yuan, as a clerk reads them, with the formula that gave the actual one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-configs-'));
    try {
      fs.cpSync(CONFIGS, dir, { recursive: true });
      const file = path.join(dir, '150600-ordos', 'tests', 'training.json');
      const tests = JSON.parse(fs.readFileSync(file, 'utf8'));
      const c = tests.cases.find((x: any) => x.expect.amount_fen === 152000);
      c.expect.amount_fen = 500000;
      fs.writeFileSync(file, JSON.stringify(tests, null, 2));
      const { problems, suites } = await runDiskTests(dir, plugins);
      const report = formatReport(problems, suites);
      expect(report.failed).toBe(1);
      expect(report.text).toContain('预期金额 ¥5,000.00，实际 ¥1,520.00；');
      expect(report.text).not.toMatch(/\d 分/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
