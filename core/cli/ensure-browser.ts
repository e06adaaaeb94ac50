// Before the tests: makes sure Chromium, its zh-CN locale and a Chinese font are here; installs them as root on Debian,
// otherwise stops at once naming the command (instead of failing minutes later with a launch error).
import { execSync } from 'node:child_process';
import { localProbe, plan } from './browser-prerequisites.js';

const decision = plan(localProbe());
if (decision.action === 'install') {
  console.log(`Installing what the browser tests need: ${decision.pkgs.join(', ')}\n  ${decision.command}`);
  try {
    execSync(decision.command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error(`Installing failed. Run it yourself, then the tests again:\n  ${decision.command}`);
    process.exit(1);
  }
  const after = plan(localProbe());
  if (after.action !== 'ready') {
    console.error(`Still missing after installing: ${after.pkgs.join(', ')}`);
    process.exit(1);
  }
} else if (decision.action === 'stop') {
  console.error(decision.message);
  process.exit(1);
}
