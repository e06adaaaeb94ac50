// npm run audit:checkpoint: signs the head of the audit chain now and appends it to DATA_DIR (and AUDIT_SYSLOG).
import { loadEnv } from '../env/env.js';
import { auditCheckpoint } from '../audit/commands.js';

const result = await auditCheckpoint(loadEnv());
for (const line of result.lines) console.log(line);
process.exitCode = result.code;
