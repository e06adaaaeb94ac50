// What the browser tests need on this machine (Debian's Chromium, its zh-CN locale, a CJK font) and what to do when it is missing.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

export interface Prerequisite {
  /** The Debian package that provides it. */
  pkg: string;
  /** Why the tests need it, for the message. */
  why: string;
  present: boolean;
}

export interface Probe {
  exists(file: string): boolean;
  /** Whether fontconfig knows a font for Chinese (fc-list :lang=zh-cn); null when fc-list itself is missing. */
  chineseFont(): boolean | null;
  isRoot: boolean;
  hasApt: boolean;
  chromiumPath?: string;
}

export const INSTALL = ['chromium', 'chromium-l10n', 'fonts-wqy-microhei'] as const;
export const installCommand = (pkgs: readonly string[]) =>
  `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;

export function prerequisites(probe: Probe): Prerequisite[] {
  const chromium = probe.chromiumPath ?? '/usr/bin/chromium';
  const font = probe.chineseFont() ?? probe.exists('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc');
  return [
    { pkg: 'chromium', why: `the browser (${chromium})`, present: probe.exists(chromium) },
    // With CHROMIUM_PATH the browser is someone else's build: its locales are its own business.
    { pkg: 'chromium-l10n', why: 'Chromium in zh-CN (dates, number formats)', present: !!probe.chromiumPath || probe.exists('/usr/lib/chromium/locales/zh-CN.pak') },
    { pkg: 'fonts-wqy-microhei', why: 'a Chinese font, so pages and screenshots show characters', present: font },
  ];
}

export type Plan =
  | { action: 'ready' }
  | { action: 'install'; pkgs: string[]; command: string }
  | { action: 'stop'; pkgs: string[]; message: string };

/** Ready; install the missing packages (as root on Debian); or stop naming the exact command. */
export function plan(probe: Probe): Plan {
  // A browser named by hand is not for apt to fix.
  if (probe.chromiumPath && !probe.exists(probe.chromiumPath)) {
    return { action: 'stop', pkgs: [], message: `CHROMIUM_PATH=${probe.chromiumPath} does not exist: point it to a Chromium binary, or unset it to use Debian's (${installCommand(INSTALL)}).` };
  }
  const missing = prerequisites(probe).filter((p) => !p.present);
  if (missing.length === 0) return { action: 'ready' };
  const pkgs = missing.map((p) => p.pkg);
  const command = installCommand(pkgs);
  if (probe.isRoot && probe.hasApt) return { action: 'install', pkgs, command };
  const lines = [
    'The browser tests cannot run: this machine lacks',
    ...missing.map((p) => `  - ${p.pkg}: ${p.why}`),
    probe.hasApt ? 'Install them (as root), then run the tests again:' : 'On Debian or Ubuntu, install them (as root), then run the tests again:',
    `  sudo sh -c '${command}'`,
  ];
  if (!probe.hasApt) lines.push('Elsewhere, set CHROMIUM_PATH to a Chromium or Chrome binary and install a CJK font.');
  return { action: 'stop', pkgs, message: lines.join('\n') };
}

/** This machine, as it is now. */
export function localProbe(): Probe {
  const exists = (file: string) => fs.existsSync(file);
  return {
    exists,
    chineseFont: () => {
      try {
        return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8', timeout: 5000 }).trim().length > 0;
      } catch {
        return null;
      }
    },
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: exists('/usr/bin/apt-get'),
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
  };
}
