// Evaluates one claim: resolve the rule set in force, gather facts, decide, store the decision and audit it.
import type { Knex } from 'knex';
import type { Services } from '../../services.js';
import type { RequestContext } from '../../http/context.js';
import { ApiError, conflict } from '../../http/errors.js';
import { CLAIM_TYPE_LABELS, type ClaimType } from '../../configs/kinds/common.js';
import { regionChain } from '../../configs/resolve.js';
import { chainKey, type RuleSetCache } from './prepare.js';
import { createFactServices } from './fact-services.js';
import { gatherFacts } from './gather.js';
import { buildDecision } from './decision.js';
import { labelsOf } from './labels.js';
import { resolveRecorded } from './resolve.js';
import type { Decision } from './types.js';
import { VERIFICATION_FACT, waivableMaterials } from './waivers.js';

/** States in which a claim may be (re-)evaluated; a decided claim keeps the decision it was decided on. */
export const EVALUABLE_STATES = ['draft', 'submitted', 'under_review'];

/**
 * Runs inside `trx` from the first read to the audit entry: the claim row (locked on MySQL), the
 * configuration (uncached: SQLite has one connection, which the transaction holds), the facts,
 * the verification results, the stored decision and the audit entry. Bumps `claims.version`.
 */
export async function evaluateClaimIn(services: Pick<Services, 'resources' | 'plugins' | 'log' | 'audit' | 'pii'>, cache: RuleSetCache, ctx: RequestContext, claimId: unknown, trx: Knex.Transaction): Promise<Decision> {
  const claim = await services.resources.get('claims').findRow(ctx, claimId, trx);
  // Stored claim columns are the Claim record's own (no personal data in claims).
  if (!EVALUABLE_STATES.includes(claim.state as string)) {
    throw conflict(`补贴申请 ${claim.id} 当前状态为「${claim.state}」，已作出决定的申请不能重新评估；可查看或重放已存的评估结果`, 'state');
  }
  const date = claim.claim_date as string;
  const node = claim.region_code as string;
  const key = claim.type as string;
  const ruleset = await resolveRecorded(trx, node, 'ruleset', key, date);
  if (!ruleset) {
    throw new ApiError(409, `${node} 在 ${date} 没有生效的${CLAIM_TYPE_LABELS[key as ClaimType] ?? key}规则集，无法评估；请先发布规则集`);
  }
  const prepared = cache.get(chainKey('ruleset', key, ruleset.documents), ruleset.doc.body, ruleset.doc.sources);
  const guide = await resolveRecorded(trx, node, 'guide', 'default', date);
  const needed = new Set(prepared.facts);
  if (waivableMaterials(guide?.doc.body ?? null, key).length > 0 && services.plugins.facts.has(VERIFICATION_FACT)) needed.add(VERIFICATION_FACT);
  const snapshot = await gatherFacts(services.plugins, needed, {
    db: trx, claim, date, regionChain: (await regionChain(trx, node)).map((r) => r.id),
    services: createFactServices(services, trx, Number(claim.id)),
  }, (fact, plugin, paths) => services.log.warn({ fact, plugin, paths, claim: claim.id }, 'a fact held a resident ID or mobile number: masked in the snapshot; fix the plugin'));
  const decision = buildDecision({
    prepared, snapshot, labels: labelsOf(services.plugins),
    ruleset: { node, key, date, chain: ruleset.chain, documents: ruleset.documents, sources: ruleset.doc.sources },
    guide: guide ? { body: guide.doc.body, chain: guide.chain, documents: guide.documents } : null,
    evaluatedAt: new Date().toISOString(),
  });
  await trx('claims').where({ id: claim.id }).update({
    decision: JSON.stringify(decision), outcome: decision.outcome,
    updated_at: decision.evaluated_at, updated_by: ctx.user?.id ?? null, version: Number(claim.version) + 1,
  });
  await services.audit.append(trx, ctx, {
    action: 'evaluate', resource: 'claims', recordId: claim.id,
    changes: {
      outcome: decision.outcome, amount_fen: decision.amount_fen,
      ruleset: ruleset.chain.map((c) => `${c.node}#${c.config_id}@${c.version}`).join('>'),
      failed: decision.rules.filter((r) => !r.passed).map((r) => r.id),
    },
  });
  return decision;
}
