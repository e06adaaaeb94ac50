// npm run audit:verify: checks the audit hash chain; exits 1 and names the first bad entry when it is broken.
import { loadEnv } from '../config/env.js';
import { openDatabase } from '../db/connection.js';
import { createAuditTrail } from '../audit/trail.js';
import { loadDataKey } from '../pii/key.js';

const env = loadEnv();
const db = openDatabase(env.DATABASE_URL);
const key = loadDataKey(env.STEPPE_DATA_KEY, env.DATA_DIR, { warn: () => undefined } as any);
const report = await createAuditTrail(key).verify(db.knex);
await db.knex.destroy();
if (report.ok) {
  console.log(`Audit trail intact: ${report.entries} entries.`);
} else {
  console.error(`Audit trail BROKEN at entry ${report.problem!.seq} (${report.problem!.kind}): ${report.problem!.message}`);
  process.exitCode = 1;
}
