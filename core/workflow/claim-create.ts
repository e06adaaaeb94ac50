// Filling a new claim from what it is for: an enrolment (training), a certificate (evaluation, upgrade) or a base (reward).
// Who and where (worker, class, institution, region) come from that record; a client value that disagrees is refused.
import type { HookArgs } from '../resources/definition.js';
import { badRequest } from '../http/errors.js';
import { linked, settle } from './scope-fields.js';
import type { CatalogEntry } from '../configs/kinds/catalog.js';

export async function prepareClaim(input: Record<string, unknown>, op: 'create' | 'update', args: HookArgs): Promise<Record<string, unknown>> {
  const { trx, services } = args;
  // Everything derived is read-only on update (see the claims resource): a draft changes its dates and amounts only.
  if (op !== 'create') return input;
  const c = { ...input };
  c.claim_date ??= services.today();
  if (c.type === 'training') {
    if (!c.enrollment_id) throw badRequest('职业培训补贴申请须关联报名记录（enrollment_id）', 'enrollment_id');
    await linked(args, 'enrollments', c.enrollment_id, 'enrollment_id', ['id']);
    const e = await trx('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('enrollments.id', c.enrollment_id)
      .first('enrollments.worker_id', 'enrollments.program_id', 'programs.institution_id', 'programs.region_code');
    if (!e) throw badRequest(`报名记录 ${c.enrollment_id} 不存在`, 'enrollment_id');
    const from = `报名记录 ${c.enrollment_id}`;
    settle(c, 'worker_id', e.worker_id, '申请人', from);
    settle(c, 'program_id', e.program_id, '培训班', from);
    settle(c, 'institution_id', e.institution_id, '培训机构', `${from} 所在培训班`);
    settle(c, 'region_code', e.region_code, '申请地区', `${from} 所在培训班`);
    settle(c, 'base_id', null, '实训基地', '补贴类型（职业培训补贴不关联实训基地）');
    if (c.certificate_id) {
      const cert = await linked(args, 'certificates', c.certificate_id, 'certificate_id', ['worker_id']);
      if (Number(cert.worker_id) !== Number(e.worker_id)) throw badRequest('证书持有人与报名记录中的人员不一致', 'certificate_id');
    }
    // Unless the clerk states an amount, a training claim asks for the catalog's standard for the class.
    if (c.requested_fen === undefined) {
      const p = await trx('programs').where({ id: e.program_id }).first('occupation_code', 'level');
      const catalog = await services.configs.effective(c.region_code as string, 'catalog', 'default', c.claim_date as string, trx);
      const entries: CatalogEntry[] = catalog?.body.entries ?? [];
      c.requested_fen = entries.find((x) => x.code === p.occupation_code)?.levels?.[p.level as keyof CatalogEntry['levels']]?.standard_fen ?? 0;
    }
  } else if (c.type === 'evaluation' || c.type === 'upgrade') {
    if (!c.certificate_id) throw badRequest(`${c.type === 'evaluation' ? '职业技能评价补贴' : '技能提升补贴'}申请须关联证书（certificate_id）`, 'certificate_id');
    await linked(args, 'certificates', c.certificate_id, 'certificate_id', ['id']);
    const cert = await trx('certificates').leftJoin('enrollments', 'enrollments.id', 'certificates.enrollment_id').leftJoin('programs', 'programs.id', 'enrollments.program_id')
      .where('certificates.id', c.certificate_id).first('certificates.worker_id', 'certificates.enrollment_id', 'programs.id as program_id', 'programs.institution_id');
    if (!cert) throw badRequest(`证书 ${c.certificate_id} 不存在`, 'certificate_id');
    const from = `证书 ${c.certificate_id}`;
    settle(c, 'worker_id', cert.worker_id, '申请人', `${from} 的持有人`);
    settle(c, 'enrollment_id', cert.enrollment_id, '报名记录', from);
    settle(c, 'program_id', cert.program_id, '培训班', `${from} 对应的报名记录`);
    settle(c, 'institution_id', cert.institution_id, '培训机构', `${from} 对应的培训班`);
    settle(c, 'base_id', null, '实训基地', '补贴类型（评价、技能提升补贴不关联实训基地）');
    // Evaluation and upgrade subsidies are claimed where the person is registered (常住地).
    const worker = await trx('workers').where({ id: cert.worker_id }).first('region_code');
    settle(c, 'region_code', worker.region_code, '申请地区', `${from} 持有人的登记地区`);
  } else if (c.type === 'base_reward') {
    if (!c.base_id) throw badRequest('以奖代补申请须关联实训基地（base_id）', 'base_id');
    if (!c.period_from || !c.period_to) throw badRequest('以奖代补申请须填写考核期（period_from、period_to）', 'period_to');
    if (c.period_to < c.period_from) throw badRequest('考核期的结束日期不能早于开始日期', 'period_to');
    await linked(args, 'bases', c.base_id, 'base_id', ['id']);
    const base = await trx('bases').where({ id: c.base_id }).first('institution_id', 'region_code');
    if (!base) throw badRequest(`实训基地 ${c.base_id} 不存在`, 'base_id');
    const from = `实训基地 ${c.base_id}`;
    settle(c, 'institution_id', base.institution_id, '培训机构', from);
    settle(c, 'region_code', base.region_code, '申请地区', from);
    for (const [field, label] of [['worker_id', '申请人'], ['enrollment_id', '报名记录'], ['program_id', '培训班'], ['certificate_id', '证书']]) {
      settle(c, field, null, label, '补贴类型（以奖代补发放给实训基地，不关联个人）');
    }
  }
  if (!c.region_code) throw badRequest('请填写申请地区（region_code）', 'region_code');
  c.requested_fen ??= 0;
  return c;
}
