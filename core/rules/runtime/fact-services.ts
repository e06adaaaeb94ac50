// The services fact resolvers receive: configs in force, data verification (recorded), and the worker's ID.
import type { Knex } from 'knex';
import type { Services } from '../../services.js';
import type { FactServices, VerificationResult, VerificationSubject } from '../../plugins/contract.js';
import { maskText } from '../../pii/mask.js';
import { resolveEffective } from '../../configs/resolve.js';

/**
 * FactServices for one claim. Inside a transaction every read and write goes through it (SQLite
 * has one connection: a query outside the caller's transaction would wait for ever), and
 * configuration is resolved through it too, without the per-process cache of `services.configs` (uncommitted
 * state must not be cached; and the rules runtime so needs no ConfigService, which needs it to run rule tests).
 */
export function createFactServices(services: Pick<Services, 'plugins' | 'pii'>, db: Knex | Knex.Transaction, claimId: number | null): FactServices {
  return {
    async effectiveConfig(node, kind, key, date) {
      const doc = await resolveEffective(db, node, kind, key, date);
      return doc ? { ...doc, version: doc.chain.at(-1)!.version } : null;
    },

    /**
     * Runs the check's verifiers in registration order until one knows (`confirmed` not null);
     * each result obtained is recorded in verification_results. A verifier that throws counts
     * as not knowing (recorded with the error). Null when no verifier is registered for the check.
     */
    async verify(check: string, subject: VerificationSubject): Promise<VerificationResult | null> {
      const verifiers = services.plugins.verifiers.get(check) ?? [];
      let last: VerificationResult | null = null;
      for (const v of verifiers) {
        let result: VerificationResult;
        try {
          result = await v.verify(db as Knex, subject);
        } catch (err) {
          result = { check, confirmed: null, source: v.source, checkedAt: new Date().toISOString(), detail: { error: String((err as Error).message ?? err) } };
        }
        await db('verification_results').insert({
          claim_id: claimId, worker_id: subject.workerId ?? null, check, confirmed: result.confirmed, source: result.source ?? v.source,
          checked_at: result.checkedAt, detail: result.detail === undefined || result.detail === null ? null : maskText(JSON.stringify(result.detail)),
        });
        last = result;
        if (result.confirmed !== null) return result;
      }
      return last;
    },

    checks: () => [...services.plugins.checks.keys()],

    async residentId(workerId) {
      const row = await db('workers').where({ id: workerId }).first('id_number_enc');
      return row?.id_number_enc ? services.pii.decrypt(row.id_number_enc) : null;
    },

    async residentIdIndex(workerId) {
      const row = await db('workers').where({ id: workerId }).first('id_number_idx');
      return row?.id_number_idx ?? null;
    },
  };
}
