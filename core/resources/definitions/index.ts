// Every resource of the core, in registration order: the entities' definitions here and those of other parts.
import type { ResourceDefinition } from '../definition.js';
import { regions } from './regions.js';
import { users } from './users.js';
import { institutions } from './institutions.js';
import { workers } from './workers.js';
import { bases } from './bases.js';
import { programs } from './programs.js';
import { intentions } from './intentions.js';
import { enrollments } from './enrollments.js';
import { attendance } from './attendance.js';
import { certificates } from './certificates.js';
import { fundSources, budgets } from './money.js';
import { claims } from './claims.js';
import { followUps, jobPostings } from './after-training.js';
import { audit } from './audit.js';
import { configs } from '../../configs/documents.js';
import { issuers } from '../../risk/issuers.js';
import { riskCases } from '../../risk/cases.js';
import { smsOutbox } from '../../public/outbox.js';

const all = [
  regions, users, institutions, workers, bases, programs, intentions, enrollments, attendance,
  certificates, fundSources, budgets, claims, followUps, jobPostings, configs, issuers, riskCases, smsOutbox, audit,
] as const;

/** Each definition's own type (name, record and body schemas): core/resources/records.ts derives the registry's types from it. */
export type CoreDefinition = (typeof all)[number];

export const definitions: ResourceDefinition[] = [...all];
