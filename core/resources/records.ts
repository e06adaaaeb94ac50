// The record type of each registered resource by name, so that `resources.get('claims')` answers with claims, not untyped rows.
import type { Attendance } from '../entities/attendance.js';
import type { AuditEntry } from '../entities/audit.js';
import type { Base } from '../entities/bases.js';
import type { Certificate } from '../entities/certificates.js';
import type { Claim } from '../entities/claims.js';
import type { Enrollment } from '../entities/enrollments.js';
import type { FollowUp, JobPosting } from '../entities/after-training.js';
import type { Institution } from '../entities/institutions.js';
import type { Intention } from '../entities/intentions.js';
import type { Budget, FundSource } from '../entities/money.js';
import type { Program } from '../entities/programs.js';
import type { Region } from '../entities/regions.js';
import type { User } from '../entities/users.js';
import type { Worker } from '../entities/workers.js';
import type { ConfigRecord } from '../configs/documents.js';
import type { Issuer } from '../risk/issuers.js';
import type { RiskCase } from '../risk/cases.js';
import type { SmsOutboxRecord } from '../public/outbox.js';

/** Keyed by ResourceDefinition.name; each type is the Static<> of that definition's `schema`. */
export interface ResourceRecords {
  regions: Region;
  users: User;
  institutions: Institution;
  workers: Worker;
  bases: Base;
  programs: Program;
  intentions: Intention;
  enrollments: Enrollment;
  attendance: Attendance;
  certificates: Certificate;
  fund_sources: FundSource;
  budgets: Budget;
  claims: Claim;
  follow_ups: FollowUp;
  job_postings: JobPosting;
  configs: ConfigRecord;
  issuers: Issuer;
  risk_cases: RiskCase;
  sms_outbox: SmsOutboxRecord;
  audit: AuditEntry;
}
