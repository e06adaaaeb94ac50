// Filling a new claim from what it is for: an enrolment (training), a certificate (evaluation, upgrade) or a base (reward).
import type { HookArgs } from '../resources/definition.js';
import { badRequest } from '../http/errors.js';

export async function prepareClaim(input: Record<string, any>, op: 'create' | 'update', { trx, services }: HookArgs): Promise<Record<string, any>> {
  if (op !== 'create') return input;
  const c = { ...input };
  c.claim_date ??= services.today();
  if (c.type === 'training') {
    if (!c.enrollment_id) throw badRequest('职业培训补贴申请须关联报名记录（enrollment_id）', 'enrollment_id');
    const e = await trx('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('enrollments.id', c.enrollment_id)
      .first('enrollments.worker_id', 'enrollments.program_id', 'programs.institution_id', 'programs.region_code');
    if (!e) throw badRequest(`报名记录 ${c.enrollment_id} 不存在`, 'enrollment_id');
    if (c.worker_id && Number(c.worker_id) !== Number(e.worker_id)) throw badRequest('申请人与报名记录中的人员不一致', 'worker_id');
    if (c.program_id && Number(c.program_id) !== Number(e.program_id)) throw badRequest('培训班与报名记录不一致', 'program_id');
    Object.assign(c, { worker_id: e.worker_id, program_id: e.program_id, institution_id: c.institution_id ?? e.institution_id, region_code: c.region_code ?? e.region_code });
    // Unless the clerk states an amount, a training claim asks for the catalog's standard for the class.
    if (c.requested_fen === undefined) {
      const p = await trx('programs').where({ id: e.program_id }).first('occupation_code', 'level');
      const catalog = await services.configs.effective(c.region_code, 'catalog', 'default', c.claim_date, trx);
      c.requested_fen = catalog?.body.entries.find((x: any) => x.code === p.occupation_code)?.levels?.[p.level]?.standard_fen ?? 0;
    }
  } else if (c.type === 'evaluation' || c.type === 'upgrade') {
    if (!c.certificate_id) throw badRequest(`${c.type === 'evaluation' ? '职业技能评价补贴' : '技能提升补贴'}申请须关联证书（certificate_id）`, 'certificate_id');
    const cert = await trx('certificates').leftJoin('enrollments', 'enrollments.id', 'certificates.enrollment_id').leftJoin('programs', 'programs.id', 'enrollments.program_id')
      .where('certificates.id', c.certificate_id).first('certificates.worker_id', 'certificates.enrollment_id', 'programs.id as program_id', 'programs.institution_id');
    if (!cert) throw badRequest(`证书 ${c.certificate_id} 不存在`, 'certificate_id');
    if (c.worker_id && Number(c.worker_id) !== Number(cert.worker_id)) throw badRequest('申请人与证书持有人不一致', 'worker_id');
    const worker = await trx('workers').where({ id: cert.worker_id }).first('region_code');
    Object.assign(c, {
      worker_id: cert.worker_id, enrollment_id: c.enrollment_id ?? cert.enrollment_id, program_id: c.program_id ?? cert.program_id ?? null,
      institution_id: c.institution_id ?? cert.institution_id ?? null, region_code: c.region_code ?? worker.region_code,
    });
  } else if (c.type === 'base_reward') {
    if (!c.base_id) throw badRequest('以奖代补申请须关联实训基地（base_id）', 'base_id');
    if (!c.period_from || !c.period_to) throw badRequest('以奖代补申请须填写考核期（period_from、period_to）', 'period_to');
    if (c.period_to < c.period_from) throw badRequest('考核期的结束日期不能早于开始日期', 'period_to');
    const base = await trx('bases').where({ id: c.base_id }).first('institution_id', 'region_code');
    if (!base) throw badRequest(`实训基地 ${c.base_id} 不存在`, 'base_id');
    Object.assign(c, { institution_id: c.institution_id ?? base.institution_id, region_code: c.region_code ?? base.region_code, worker_id: null });
  }
  if (!c.region_code) throw badRequest('请填写申请地区（region_code）', 'region_code');
  c.requested_fen ??= 0;
  return c;
}
