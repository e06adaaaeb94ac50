// The ordered list of migrations, loaded explicitly (no directory scanning): works the same from source and from dist.
import type { Knex } from 'knex';
import * as trust from './20261125000100_trust.js';
import * as cases from './20261125000200_cases.js';
import * as configs from './20261125000300_configs.js';
import * as configTests from './20261125000400_config_tests.js';
import * as risk from './20261125000500_risk.js';
import * as verification from './20261125000600_verification.js';
import * as imports from './20261125000700_imports.js';
import * as claimWorkflow from './20261125000800_claim_workflow.js';
import * as decisionSize from './20261125000900_decision_size.js';
import * as entitlements from './20261201001000_entitlements.js';
import * as scopeLeague from './20261201002100_scope_league.js';
import * as scopeCounts from './20261201002200_scope_counts.js';
import * as passwordState from './20261201003100_password_state.js';
import * as institutionContactPii from './20261201003200_institution_contact_pii.js';
import * as publicService from './20261201005100_public.js';
import * as jobs from './20261201006100_jobs.js';
import * as workerPiiMasks from './20261201006200_worker_pii_masks.js';
import * as configTestVersions from './20261201009000_config_test_versions.js';
import type { PiiCipher } from '../core/pii/cipher.js';
import * as txReceipts from './20261201007000_tx_receipts.js';
import * as filterSortIndexes from './20261201009100_filter_sort_indexes.js';
import * as iofastAuditSize from './20261201009150_iofast_audit_size.js';
import * as idOrderIndexes from './20261201009200_id_order_indexes.js';

/** What a migration that moves data may need beyond the database: the cipher of personal data (STEPPE_DATA_KEY). */
export interface MigrationContext {
  pii?: PiiCipher;
}

export interface Migration {
  name: string;
  up(knex: Knex, ctx?: MigrationContext): Promise<void>;
  down(knex: Knex, ctx?: MigrationContext): Promise<void>;
}

export const migrations: Migration[] = [
  { name: '20261125000100_trust', ...trust },
  { name: '20261125000200_cases', ...cases },
  { name: '20261125000300_configs', ...configs },
  { name: '20261125000400_config_tests', ...configTests },
  { name: '20261125000500_risk', ...risk },
  { name: '20261125000600_verification', ...verification },
  { name: '20261125000700_imports', ...imports },
  { name: '20261125000800_claim_workflow', ...claimWorkflow },
  { name: '20261125000900_decision_size', ...decisionSize },
  { name: '20261201001000_entitlements', up: entitlements.up, down: entitlements.down },
  { name: '20261201002100_scope_league', up: scopeLeague.up, down: scopeLeague.down },
  { name: '20261201002200_scope_counts', ...scopeCounts },
  { name: '20261201003100_password_state', ...passwordState },
  { name: '20261201003200_institution_contact_pii', ...institutionContactPii },
  { name: '20261201005100_public', ...publicService },
  { name: '20261201006100_jobs', ...jobs },
  { name: '20261201006200_worker_pii_masks', ...workerPiiMasks },
  { name: '20261201007000_tx_receipts', ...txReceipts },
  { name: '20261201009000_config_test_versions', ...configTestVersions },
  { name: '20261201009100_filter_sort_indexes', ...filterSortIndexes },
  { name: '20261201009150_iofast_audit_size', ...iofastAuditSize },
  { name: '20261201009200_id_order_indexes', ...idOrderIndexes },
];
