// The test command's browser check: ready, installs as root on Debian, or stops naming the exact command.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { plan, type Probe } from './browser-prerequisites.js';
import { ROOT } from '../paths.js';

const everything = new Set(['/usr/bin/chromium', '/usr/lib/chromium/locales/zh-CN.pak', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc']);
const machine = (over: Partial<Probe> & { files?: Set<string>; font?: boolean | null } = {}): Probe => ({
  exists: (f) => (over.files ?? everything).has(f),
  chineseFont: () => (over.font === undefined ? true : over.font),
  isRoot: over.isRoot ?? false,
  hasApt: over.hasApt ?? true,
  chromiumPath: over.chromiumPath,
});

describe('browser prerequisites', () => {
  it('is ready when Chromium, its zh-CN locale and a Chinese font are there', () => {
    expect(plan(machine())).toEqual({ action: 'ready' });
  });

  it('installs what is missing when run as root on Debian', () => {
    expect(plan(machine({ files: new Set(), font: false, isRoot: true }))).toEqual({
      action: 'install',
      pkgs: ['chromium', 'chromium-l10n', 'fonts-wqy-microhei'],
      command: 'apt-get update && apt-get install -y --no-install-recommends chromium chromium-l10n fonts-wqy-microhei',
    });
  });

  it('stops naming the exact command for a user who is not root', () => {
    const result = plan(machine({ files: new Set(['/usr/bin/chromium']), font: false }));
    expect(result.action).toBe('stop');
    if (result.action !== 'stop') return;
    expect(result.pkgs).toEqual(['chromium-l10n', 'fonts-wqy-microhei']);
    expect(result.message).toContain("sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends chromium-l10n fonts-wqy-microhei'");
  });

  it('falls back to the font file when fontconfig is missing, and accepts CHROMIUM_PATH for the browser', () => {
    expect(plan(machine({ font: null }))).toEqual({ action: 'ready' });
    const custom = plan(machine({ chromiumPath: '/opt/chrome/chrome', files: new Set(['/opt/chrome/chrome']), font: true, hasApt: false }));
    expect(custom).toEqual({ action: 'ready' });
    const elsewhere = plan(machine({ files: new Set(), font: true, hasApt: false }));
    expect(elsewhere.action === 'stop' && elsewhere.message).toContain('set CHROMIUM_PATH');
    const wrong = plan(machine({ chromiumPath: '/opt/none', isRoot: true }));
    expect(wrong.action === 'stop' && wrong.message).toContain('CHROMIUM_PATH=/opt/none does not exist');
  });

  it('stops within seconds as a command, exit code 1, naming the command', async () => {
    const started = Date.now();
    const run = promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['core/cli/ensure-browser.ts'], {
      cwd: ROOT, env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('CHROMIUM_PATH=/nonexistent/chromium does not exist') });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
