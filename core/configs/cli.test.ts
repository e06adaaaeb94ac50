// npm run config -- validate|import|export, run as a person would: exit codes, messages, and the database afterwards.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../paths.js';
import { describeEachDb, TEST_KEY } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { CONFIGS, TODAY } from './test-support.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'steppe-config-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function config(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['core/cli/config.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, STEPPE_DATA_KEY: TEST_KEY, DATA_DIR: tmp, LOG_LEVEL: 'silent', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function copyConfigs(name: string): string {
  const dir = path.join(tmp, name);
  fs.cpSync(CONFIGS, dir, { recursive: true });
  return dir;
}

const edit = (dir: string, rel: string, change: (doc: any) => void) => {
  const doc = JSON.parse(fs.readFileSync(path.join(dir, rel), 'utf8'));
  change(doc);
  fs.writeFileSync(path.join(dir, rel), JSON.stringify(doc, null, 2) + '\n');
};

describe('npm run config -- validate', () => {
  it('passes configs/ with a summary line', () => {
    const r = config(['validate']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^configs: \d+ files \(\d+ documents, 6 rule tests\), no problems\.\n$/);
  }, 30_000);

  it('reports every error with its file and JSON path, and exits 1', () => {
    const dir = copyConfigs('broken');
    edit(dir, '150600-ordos/rules/training.json', (d) => {
      d.body.rules[0].conditions.all[0].fact = 'attendence';
      d.body.rules.push({ id: 'no-double-subsidy', remove: true });
    });
    edit(dir, '150200-baotou/catalog.json', (d) => { d.body.entries[0].levels['5'].standard_fen = -1; });
    edit(dir, '150000-nei-mongol/tests/training.json', (d) => { d.cases[0].expect.rules = { 'no-such-rule': false }; });
    fs.writeFileSync(path.join(dir, '150300-wuhai/guide.json'), '{ "kind": ');
    const r = config(['validate', '--dir', dir]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines.slice(0, -1).sort()).toEqual([
      expect.stringMatching(/^150000-nei-mongol\/tests\/training\.json {2}\/cases\/0\/expect\/rules\/no-such-rule {2}规则集中没有编号为「no-such-rule」的规则$/),
      '150200-baotou/catalog.json  /body/entries/0/levels/5/standard_fen  「补贴标准」必须是非负整数（单位：分）',
      expect.stringMatching(/^150300-wuhai\/guide\.json {2}\/ {2}不是有效的 JSON/),
      expect.stringMatching(/^150600-ordos\/rules\/training\.json {2}\/body\/rules\/0\/conditions\/all\/0\/fact {2}未注册的事实「attendence」/),
      expect.stringMatching(/^150600-ordos\/rules\/training\.json {2}\/body\/rules\/1 {2}规则「.+」（no-double-subsidy）是内蒙古自治区（150000）设定的强制规则，下级不能删除$/),
    ]);
    expect(lines.at(-1)).toMatch(/: \d+ files \(\d+ documents, 6 rule tests\): 5 problem\(s\) in 4 file\(s\)\.$/);
  }, 30_000);

  it('refuses an unknown command with the usage', () => {
    const r = config(['publish']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: npm run config -- validate|import|export [--dir configs]');
  }, 30_000);
});

describe('npm run config -- import|export on an empty database', () => {
  it('imports every document as version 1, then nothing; exports byte for byte', () => {
    const url = `sqlite:${path.join(tmp, 'fresh.sqlite')}`;
    const first = config(['import'], { DATABASE_URL: url });
    expect(first.code, first.err).toBe(0);
    const docs = first.out.split('\n').filter((l) => l.startsWith('published '));
    expect(docs.every((l) => l.endsWith(' v1'))).toBe(true);
    expect(first.out).toContain(`Imported configs into ${url}: ${docs.length} new version(s), 0 unchanged, 6 rule-test file(s) updated.`);
    const second = config(['import'], { DATABASE_URL: url });
    expect(second.out).toContain(`0 new version(s), ${docs.length} unchanged, 0 rule-test file(s) updated.`);
    const out = path.join(tmp, 'export-fresh');
    const exported = config(['export', '--dir', out], { DATABASE_URL: url });
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out).toContain(`Exported ${docs.length + 6} file(s) from ${url}`);
    const diff = spawnSync('diff', ['-r', '-x', '*.md', '-x', '*.ts', CONFIGS, out], { encoding: 'utf8' });
    expect(diff.stdout + diff.stderr).toBe('');
  }, 60_000);
});

describeEachDb('npm run config -- import|export', (t) => {
  it('imports only what changed, audited, and exports it back', async () => {
    const url = t().services.env.DATABASE_URL;
    const dir = copyConfigs(`changed-${t().db}`);
    edit(dir, '150300-wuhai/catalog.json', (d) => { d.effective_from = '2026-01-01'; d.body.entries[0].levels['5'].standard_fen += 5000; });
    const r = config(['import', '--dir', dir], { DATABASE_URL: url });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('published 150300 catalog/default v2\n');
    expect(r.out).toMatch(/: 1 new version\(s\), \d+ unchanged, 0 rule-test file\(s\) updated\.\n$/);
    const admin = await TestClient.login(t().app);
    const eff = await admin.get('/api/regions/150300/effective/catalog');
    expect(eff.body.chain.at(-1)).toMatchObject({ node: '150300', version: 2 });
    const audit = await admin.list('audit', { filter: { action: 'import', record_id: String(eff.body.chain.at(-1).config_id) } });
    expect(audit.body[0].changes).toMatchObject({ node: '150300', doc_version: 2, file: '150300-wuhai/catalog.json' });
    const out = path.join(tmp, `export-${t().db}`);
    expect(config(['export', '--dir', out], { DATABASE_URL: url }).code).toBe(0);
    const diff = spawnSync('diff', ['-r', '-x', '*.md', '-x', '*.ts', dir, out], { encoding: 'utf8' });
    expect(diff.stdout + diff.stderr).toBe('');
  }, 60_000);
}, {}, TODAY);
