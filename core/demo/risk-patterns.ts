// Planted risk patterns for the demo: one fictional instance per risk check, labelled 风险样例, and the list of what was planted.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { DemoBuilder } from './risk-builder.js';
import { DEMO_CLASSES } from './classes.js';

export interface PlantedPattern {
  checkId: string;
  /** The case key the check files it under. */
  key: string;
  description: string;
}

export const LABEL = '风险样例';

/** The issuer register of the demo (illustrative names and occupations). */
export const DEMO_ISSUERS = [
  // Registered for every occupation the demo's classes teach, so the clean demo raises no issuer finding.
  { name: '内蒙古示例职业技能鉴定中心', region_code: '150000', occupation_codes: [...new Set(['6-18-02-04', '4-03-02-01', '4-03-02-02', '4-10-01-05', '4-10-01-06', '4-01-02-02', ...DEMO_CLASSES.map((c) => c.occupation)])] },
  { name: '包头市示例职业技能等级认定站', region_code: '150200', occupation_codes: ['6-18-02-04', '4-03-02-01'] },
];

/** Registers the demo issuers unless they are there already (the clean sample needs them too). */
export async function seedDemoIssuers(b: DemoBuilder): Promise<void> {
  for (const issuer of DEMO_ISSUERS) {
    if (!(await b.w.knex('issuers').where({ name: issuer.name, region_code: issuer.region_code }).first('id'))) await b.w.issuer(issuer);
  }
}

/**
 * Inserts one planted instance of each risk pattern among fictional workers (示例·…) and institutions named
 * 风险样例, in 包头, 呼和浩特, 鄂尔多斯 and 赤峰; returns what was planted so that a scan can be checked against it.
 */
export async function seedRiskPatterns(services: Services, ctx: RequestContext, seed = 9_2024): Promise<PlantedPattern[]> {
  const b = new DemoBuilder(services, ctx, seed);
  const d = (md: string, y = 0) => b.d(md, y);
  const planted: PlantedPattern[] = [];
  const note = (what: string) => ({ notes: `${LABEL}：${what}` });
  await seedDemoIssuers(b);
  const baotou = await b.institution(`包头市示例${LABEL}培训学校`, '150203');
  const hohhot = await b.institution(`呼和浩特市示例${LABEL}培训学校`, '150105');

  // 1. One person in two classes at once, in 包头 and in 呼和浩特.
  const twice = await b.person('150203', [25, 40], note('同期在两个盟市参加培训'));
  const welding = await b.cls(baotou, '150203', { name: `焊工（五级）培训班（${LABEL}）`, occupation_code: '6-18-02-04', occupation_name: '焊工', start_date: d('03-01'), end_date: d('04-30') });
  const weldingTrainees = await b.trainees(welding, { institution: baotou, region: '150203', workers: [twice, ...await b.people(6, '150203', [22, 44])] });
  const housekeeping = await b.cls(hohhot, '150105', { name: `家政服务员培训班（${LABEL}）`, occupation_code: '4-10-01-06', occupation_name: '家政服务员', start_date: d('04-01'), end_date: d('05-31') });
  planted.push({ checkId: 'overlapping-enrolment', key: `worker:${twice}`, description: `人员 #${twice} 同时参加包头市焊工班 #${welding} 和呼和浩特市家政班 #${housekeeping}` });

  // 2. Three people on one phone number, all in the 呼和浩特 class.
  const phone = `139${String(b.rnd.int(10_000_000, 99_999_999))}`;
  const sharing: number[] = [];
  for (let i = 0; i < 3; i++) sharing.push(await b.person('150105', [22, 44], { phone, ...note('三人共用一个手机号') }));
  await b.trainees(housekeeping, { institution: hohhot, region: '150105', workers: [twice, ...sharing, ...await b.people(3, '150105', [22, 44])] });
  planted.push({ checkId: 'shared-contact', key: `phone:${services.pii.blindIndex(phone).slice(0, 16)}`, description: `人员 ${sharing.map((w) => `#${w}`).join('、')} 登记了同一个手机号` });

  // 3. A certificate dated ten days before its class ended.
  const early = await b.w.certificate({ worker_id: weldingTrainees[1].worker, enrollment_id: weldingTrainees[1].enrollment, number: `RISK-${b.year}-0001`, occupation_code: '6-18-02-04', issuer: DEMO_ISSUERS[1].name, issued_on: d('04-20') });
  await b.w.certificate({ worker_id: weldingTrainees[2].worker, enrollment_id: weldingTrainees[2].enrollment, number: `RISK-${b.year}-0002`, occupation_code: '6-18-02-04', issuer: DEMO_ISSUERS[1].name, issued_on: d('05-10') });
  planted.push({ checkId: 'certificate-anomaly', key: `certificate:${early}:early`, description: `证书 #${early} 在焊工班 #${welding} 结班前 10 天发出` });

  // 4. Five people checked in at the very same second.
  const cooking = await b.cls(baotou, '150203', { name: `中式烹调师培训班（${LABEL}）`, occupation_code: '4-03-02-01', occupation_name: '中式烹调师', start_date: d('05-10'), end_date: d('05-20') });
  const cooks = await b.trainees(cooking, { institution: baotou, region: '150203', workers: await b.people(6, '150203', [22, 44]) });
  await b.attendance(cooks, [d('05-11'), d('05-13')]);
  for (const [i, t] of cooks.entries()) await b.w.attend(t.enrollment, d('05-12'), i < 5 ? `${d('05-12')}T00:30:00.000Z` : `${d('05-12')}T00:41:07.215Z`);
  planted.push({ checkId: 'implausible-attendance', key: `program:${cooking}:same-check-in`, description: `烹调班 #${cooking} 有 5 人签到时间完全相同` });

  // 5. A 30-year-old in a class for older workers.
  const elderCare = await b.cls(baotou, '150203', { name: `养老护理员（大龄）培训班（${LABEL}）`, occupation_code: '4-10-01-05', occupation_name: '养老护理员', target_group: 'older', start_date: d('06-01'), end_date: d('06-30') });
  const young = await b.person('150203', [28, 32], note('30岁左右参加大龄班'));
  const elders = await b.trainees(elderCare, { institution: baotou, region: '150203', workers: [young, ...await b.people(5, '150203', [50, 58])] });
  planted.push({ checkId: 'profile-mismatch', key: `enrollment:${elders[0].enrollment}`, description: `人员 #${young} 约 30 岁，参加大龄班 #${elderCare}` });

  // 6. A class that ran past the end of its institution's approval.
  const lapsed = await b.institution(`包头市示例${LABEL}认定到期机构`, '150202', { approved_from: d('07-01', -2), approved_to: d('06-30') });
  const pastry = await b.cls(lapsed, '150202', { name: `中式面点师培训班（${LABEL}）`, occupation_code: '4-03-02-02', occupation_name: '中式面点师', start_date: d('06-01'), end_date: d('07-31') });
  await b.trainees(pastry, { institution: lapsed, region: '150202', workers: await b.people(5, '150202', [22, 44]) });
  planted.push({ checkId: 'lapsed-approval', key: `program:${pastry}`, description: `面点班 #${pastry} 结班日期晚于机构 #${lapsed} 的认定截止日 ${d('06-30')}` });

  // 7. Five institutions teach e-commerce; one passes everyone while its peers pass 65–75 %.
  const peers: Array<[string, string, number]> = [['150602', '一', 14], ['150603', '二', 15], ['150402', '三', 14], ['150404', '四', 13], ['150602', '五', 20]];
  let outlier = 0;
  for (const [region, n, passes] of peers) {
    const inst = await b.institution(`示例${LABEL}电商培训机构${n}`, region);
    const cls = await b.cls(inst, region, { name: `电子商务师培训班（${LABEL}${n}）`, occupation_code: '4-01-02-02', occupation_name: '电子商务师', start_date: d('08-01'), end_date: d('09-15') });
    await b.trainees(cls, { institution: inst, region, workers: await b.people(20, region, [20, 44]), passes: (i) => i < passes });
    outlier = inst;
  }
  planted.push({ checkId: 'peer-outlier', key: `institution:${outlier}:4-01-02-02:pass_rate`, description: `电商培训机构 #${outlier} 考核通过率 100%，同行中位数 70%` });

  await b.w.audit(`演示数据：${LABEL}`);
  return planted;
}
