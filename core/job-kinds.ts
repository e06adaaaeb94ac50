// The kinds of background job this build runs, registered with the runner at start (one list, like the route modules).
import type { JobDefinition } from './jobs/types.js';
import { rosterImportJob } from './excel/roster-job.js';
import { exportJob } from './excel/export-job.js';
import { riskScanJob } from './risk/scan-job.js';
import { dryRunJob } from './rules/dry-run-job.js';
import { demoSeedJob } from './demo/seed-job.js';
import { attendanceImportJob } from './attendance/machine-job.js';

export const JOB_KINDS: JobDefinition[] = [rosterImportJob, exportJob, riskScanJob, dryRunJob, demoSeedJob, attendanceImportJob];
