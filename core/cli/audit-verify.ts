// npm run audit:verify [-- --checkpoints <file>]: checks the audit chain and its end against the latest signed checkpoint; exits 1 naming the problem.
import { loadEnv } from '../env/env.js';
import { auditVerify } from '../audit/commands.js';

const at = process.argv.indexOf('--checkpoints');
const result = await auditVerify(loadEnv(), { checkpoints: at > 0 ? process.argv[at + 1] : undefined });
for (const line of result.lines) (result.code === 0 ? console.log : console.error)(line);
process.exitCode = result.code;
