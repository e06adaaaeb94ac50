// Plugin verification: 大数据比对 adapters (identity, social insurance, poverty registry, certificate registry) and the fact they feed.
import type { Knex } from 'knex';
import { CHECK_LABELS, CHECK_SOURCES, VERIFICATION_CHECKS } from '../../core/verification/checks.js';
import { definePlugin, type FactDefinition, type VerificationSubject, type VerifierDefinition } from '../../core/plugins/contract.js';

/** The fact's field of each check (core/verification/checks.ts lists the checks). */
export const CHECKS = { identity: 'identity', socialInsurance: 'social_insurance', povertyRegistry: 'poverty_registry', certificateRegistry: 'certificate_registry' } as const;
export const SOURCE = 'reference-table';

/**
 * The reference adapter: a table an administrator loads from a file (see core/verification), so
 * the platform works offline. A production adapter for a live registry implements the same interface
 * in a plugin of its own, listed in PLUGINS before this one: verifiers of a check are asked in that
 * order until one knows, so the live source answers and the table only stands in where it does not.
 * For `identity` the live source is the 公安人口库; its adapter reads `subject.residentId()` and `subject.name`.
 */
export function referenceVerifier(check: string, label: string): VerifierDefinition {
  return {
    check, label, source: SOURCE,
    async verify(db: Knex, subject: VerificationSubject) {
      const q = db('verification_registry').where({ check, id_idx: subject.idIndex })
        .where((w) => w.whereNull('valid_from').orWhere('valid_from', '<=', subject.date))
        .where((w) => w.whereNull('valid_to').orWhere('valid_to', '>=', subject.date))
        .orderBy('id', 'desc');
      if (check === CHECKS.certificateRegistry) {
        if (!subject.occupationCode || !subject.level) return { check, confirmed: null, source: SOURCE, checkedAt: new Date().toISOString() };
        q.where({ occupation_code: subject.occupationCode, level: subject.level });
      }
      const row = await q.first('status', 'batch');
      return { check, confirmed: row ? row.status === 'confirmed' : null, source: SOURCE, checkedAt: new Date().toISOString(), detail: row ? { batch: row.batch } : null };
    },
  };
}

export const verification: FactDefinition = {
  id: 'verification',
  label: '大数据比对结果',
  fields: {
    '$.identity': '居民身份信息核验（公安人口库，是/否/未知）',
    '$.socialInsurance': '社会保险参保状态比对（是/否/未知）',
    '$.povertyRegistry': '脱贫人口信息比对（是/否/未知）',
    '$.certificateRegistry': '证书信息比对（是/否/未知）',
    '$.results': '比对记录（来源与时间）',
  },
  dependsOn: ['program', 'certificate'],
  async resolve(ctx) {
    const workerId = Number(ctx.claim.worker_id);
    const idIndex = workerId ? await ctx.services.residentIdIndex(workerId) : null;
    const empty = { identity: null, socialInsurance: null, povertyRegistry: null, certificateRegistry: null, results: [] };
    if (!idIndex) return empty;
    // The program and certificate facts (plugins/case-facts) computed before this one.
    const program = ctx.facts.program as { occupationCode?: string | null; level?: string | null } | undefined;
    const cert = ctx.facts.certificate as { present?: boolean; occupationCode?: string; level?: string } | undefined;
    const person = await ctx.db('workers').where({ id: workerId }).first('name');
    const subject: VerificationSubject = {
      idIndex, workerId, date: ctx.date, name: person?.name ?? undefined, residentId: () => ctx.services.residentId(workerId),
      occupationCode: cert?.present ? cert.occupationCode : program?.occupationCode ?? undefined,
      level: cert?.present ? cert.level : program?.level ?? undefined,
    };
    const results: Array<{ check: string; confirmed: boolean | null; source: unknown; checkedAt: unknown }> = [];
    const out: Record<string, unknown> & { results: typeof results } = { results };
    // every check a loaded plugin declares; the shipped four also get a field rules read
    const fieldOf = new Map<string, string>(Object.entries(CHECKS).map(([key, check]) => [check, key]));
    for (const check of ctx.services.checks()) {
      const result = await ctx.services.verify(check, subject);
      const key = fieldOf.get(check);
      if (key) out[key] = result?.confirmed ?? null;
      if (result) out.results.push({ check, confirmed: result.confirmed, source: result.source, checkedAt: result.checkedAt });
    }
    return out;
  },
};

export default definePlugin({
  id: 'verification',
  version: '1.1.0',
  description: '通过比对居民身份（公安人口库）、参保、脱贫人口和证书信息确认事实；确认的事实可免交对应的纸质证明（办事指南中的 waived_by）。参考数据表是各比对的替代来源，部署时可接入实时接口插件。',
  facts: [verification],
  // the platform's comparisons: what verifiers serve and guides may waive by
  checks: VERIFICATION_CHECKS.map((id) => ({ id, label: CHECK_LABELS[id], source: CHECK_SOURCES[id] })),
  verifiers: [
    referenceVerifier(CHECKS.identity, '居民身份信息（公安人口库）'),
    referenceVerifier(CHECKS.socialInsurance, '社会保险参保状态'),
    referenceVerifier(CHECKS.povertyRegistry, '脱贫人口信息'),
    referenceVerifier(CHECKS.certificateRegistry, '职业资格和技能等级证书信息'),
  ],
});
