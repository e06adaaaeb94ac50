// Loads the data key from the environment, or generates one for the embedded demo.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

export function loadDataKey(envValue: string | undefined, dataDir: string, log: Pick<Logger, 'warn'>): Buffer {
  if (envValue) {
    const key = Buffer.from(envValue, 'base64');
    if (key.length !== 32) throw new Error('STEPPE_DATA_KEY must be 32 random bytes, base64-encoded (openssl rand -base64 32)');
    return key;
  }
  const file = path.join(dataDir, 'steppe.key');
  if (fs.existsSync(file)) {
    log.warn({ file }, 'STEPPE_DATA_KEY is not set: using the generated demo key; set STEPPE_DATA_KEY in production');
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
  log.warn({ file }, 'STEPPE_DATA_KEY is not set: generated a demo key; losing it makes personal data unreadable; set STEPPE_DATA_KEY in production');
  return key;
}
