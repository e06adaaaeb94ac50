// Plugin verification: 大数据比对 adapters (social insurance, poverty registry, certificate registry) and the fact they feed.
import type { Knex } from 'knex';
import { definePlugin, type FactDefinition, type VerificationSubject, type VerifierDefinition } from '../../core/plugins/contract.js';

export const CHECKS = { socialInsurance: 'social_insurance', povertyRegistry: 'poverty_registry', certificateRegistry: 'certificate_registry' } as const;
export const SOURCE = 'reference-table';

/**
 * The reference adapter: a table an administrator loads from a file (see core/verification), so
 * the platform works offline. A production adapter for a live registry implements the same interface.
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
    '$.socialInsurance': '社会保险参保状态比对（是/否/未知）',
    '$.povertyRegistry': '脱贫人口信息比对（是/否/未知）',
    '$.certificateRegistry': '证书信息比对（是/否/未知）',
    '$.results': '比对记录（来源与时间）',
  },
  dependsOn: ['program', 'certificate'],
  async resolve(ctx) {
    const workerId = Number(ctx.claim.worker_id);
    const idIndex = workerId ? await ctx.services.residentIdIndex(workerId) : null;
    const empty = { socialInsurance: null, povertyRegistry: null, certificateRegistry: null, results: [] };
    if (!idIndex) return empty;
    const program = ctx.facts.program as Record<string, any> | undefined;
    const cert = ctx.facts.certificate as Record<string, any> | undefined;
    const subject: VerificationSubject = {
      idIndex, workerId, date: ctx.date,
      occupationCode: cert?.present ? cert.occupationCode : program?.occupationCode ?? undefined,
      level: cert?.present ? cert.level : program?.level ?? undefined,
    };
    const out: Record<string, any> = { results: [] };
    for (const [key, check] of Object.entries(CHECKS)) {
      const result = await ctx.services.verify(check, subject);
      out[key] = result?.confirmed ?? null;
      if (result) out.results.push({ check, confirmed: result.confirmed, source: result.source, checkedAt: result.checkedAt });
    }
    return out;
  },
};

export default definePlugin({
  id: 'verification',
  version: '1.0.0',
  description: '通过比对参保、脱贫人口和证书信息确认事实；确认的事实可免交对应的纸质证明（办事指南中的 waived_by）。',
  facts: [verification],
  verifiers: [
    referenceVerifier(CHECKS.socialInsurance, '社会保险参保状态'),
    referenceVerifier(CHECKS.povertyRegistry, '脱贫人口信息'),
    referenceVerifier(CHECKS.certificateRegistry, '职业资格和技能等级证书信息'),
  ],
});
