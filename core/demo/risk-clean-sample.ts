// A control sample of ordinary records that no risk check should flag, including near misses of every pattern.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { DemoBuilder, type Trainee } from './risk-builder.js';
import { DEMO_ISSUERS, seedDemoIssuers } from './risk-patterns.js';

export interface CleanSample {
  institutions: number[];
  classes: number[];
  trainees: Trainee[];
}

const CATEGORIES = ['rural_transfer', 'returnee', 'poverty_exited'] as const;

/** Welding schools in six places, with the spread of pass rates and class sizes that honest schools have. */
const SITES: Array<[string, string, number, number]> = [
  ['150102', '呼和浩特新城', 14, 0.64], ['150103', '呼和浩特回民', 12, 0.67], ['150204', '包头青山', 15, 0.73],
  ['150402', '赤峰红山', 11, 0.73], ['150603', '鄂尔多斯康巴什', 13, 0.77], ['150802', '巴彦淖尔临河', 12, 0.83],
];

/**
 * Seeds the control sample: ordinary classes with attendance, certificates and claims; and near misses —
 * consecutive classes in one 盟市, two 盟市 months apart, a withdrawn or unsubsidised overlap, two people
 * (not three) on one phone, youth and upgrade classes whose trainees fit.
 */
export async function seedCleanSample(services: Services, ctx: RequestContext, seed = 7): Promise<CleanSample> {
  const b = new DemoBuilder(services, ctx, seed);
  const d = (md: string) => b.d(md);
  await seedDemoIssuers(b);
  const out: CleanSample = { institutions: [], classes: [], trainees: [] };
  const add = async (programId: number, inst: number, region: string, workers: number[], categories: string[], opts: { passes?: (i: number) => boolean; certify?: boolean; dates?: string[] } = {}) => {
    out.classes.push(programId);
    const list = await b.trainees(programId, { institution: inst, region, workers, passes: opts.passes, extra: (i) => ({ category: categories[i] }) });
    if (opts.dates) await b.attendance(list, opts.dates);
    if (opts.certify) {
      const p = await b.w.knex('programs').where({ id: programId }).first('occupation_code', 'end_date');
      const on = new Date(Date.parse(p.end_date) + 7 * 86_400_000).toISOString().slice(0, 10);
      for (const [i, t] of list.entries()) {
        if ((opts.passes ?? ((n: number) => n % 4 !== 3))(i)) {
          await b.w.certificate({ worker_id: t.worker, enrollment_id: t.enrollment, number: `CLEAN-${programId}-${i}`, occupation_code: p.occupation_code, issuer: DEMO_ISSUERS[0].name, issued_on: on });
        }
      }
    }
    out.trainees.push(...list);
    return list;
  };
  const cohort = async (n: number, region: string, ages: [number, number] = [22, 44], category?: string) => {
    const categories = Array.from({ length: n }, () => category ?? b.rnd.pick(CATEGORIES));
    const workers: number[] = [];
    for (const c of categories) workers.push(await b.person(region, ages, { category: c }));
    return { workers, categories };
  };

  const schools: number[] = [];
  for (const [region, place, size, rate] of SITES) {
    const inst = await b.institution(`${place}示例职业培训学校`, region);
    schools.push(inst);
    const start = `03-${String(b.rnd.int(1, 20)).padStart(2, '0')}`;
    const cls = await b.cls(inst, region, { name: '焊工（五级）培训班', occupation_code: '6-18-02-04', occupation_name: '焊工', start_date: d(start), end_date: d('04-30') });
    const { workers, categories } = await cohort(size, region);
    const passCount = Math.round(size * rate);
    await add(cls, inst, region, workers, categories, { passes: (i) => i < passCount, certify: true, dates: [d('04-06'), d('04-13'), d('04-20'), d('04-27')] });
  }
  out.institutions.push(...schools);

  // The same people go on to a cooking class in the autumn, in the same 盟市: consecutive, not overlapping.
  const [hohhot, , baotou, chifeng] = schools;
  const hohhotWelders = out.trainees.slice(0, 3).map((t) => t.worker);
  const cooking = await b.cls(hohhot, '150102', { name: '中式烹调师培训班', occupation_code: '4-03-02-01', occupation_name: '中式烹调师', start_date: d('06-01'), end_date: d('06-30') });
  const more = await cohort(8, '150102');
  const hohhotCategories = await b.w.knex('workers').whereIn('id', hohhotWelders).orderBy('id').pluck('category');
  await add(cooking, hohhot, '150102', [...hohhotWelders, ...more.workers], [...hohhotCategories, ...more.categories], { certify: true, dates: [d('06-10'), d('06-20')] });

  // One of them trains again in 赤峰 in September: two 盟市, but months apart.
  const autumn = await b.cls(chifeng, '150402', { name: '中式烹调师培训班（秋季）', occupation_code: '4-03-02-01', occupation_name: '中式烹调师', start_date: d('09-01'), end_date: d('09-30') });
  const chifengCohort = await cohort(6, '150402');
  await add(autumn, chifeng, '150402', [hohhotWelders[0], ...chifengCohort.workers], [hohhotCategories[0], ...chifengCohort.categories]);

  // A withdrawn enrolment and an unsubsidised evening class overlapping a subsidised one.
  const overlapWorker = out.trainees[30].worker;
  const weekend = await b.cls(baotou, '150204', { name: '焊工周末班（已退学）', occupation_code: '6-18-02-04', start_date: d('04-01'), end_date: d('04-30') });
  await b.w.enrol(weekend, overlapWorker, { status: 'withdrawn', enrolled_on: d('04-01') });
  const evening = await b.cls(baotou, '150204', { name: '自费夜校', occupation_code: '4-01-02-02', subsidised: false, start_date: d('04-01'), end_date: d('04-30') });
  await b.w.enrol(evening, overlapWorker, { enrolled_on: d('04-01'), status: 'completed' });

  // Youth and upgrade classes whose trainees fit; a married couple sharing one phone.
  const youthSchool = await b.institution('包头青山示例青年创业培训中心', '150204');
  const youth = await b.cls(youthSchool, '150204', { name: '快递员（青年）培训班', occupation_code: '4-02-07-02', occupation_name: '快递员', target_group: 'youth', start_date: d('05-01'), end_date: d('05-20') });
  const young = await cohort(7, '150204', [20, 33]);
  await add(youth, youthSchool, '150204', young.workers, young.categories);
  const employer = await b.institution('鄂尔多斯示例企业培训中心', '150603', {});
  const upgrade = await b.cls(employer, '150603', { name: '焊工岗位技能提升班', occupation_code: '6-18-02-04', training_kind: 'upgrade', level: '4', start_date: d('10-08'), end_date: d('10-30') });
  const staff = await cohort(6, '150603', [25, 50], 'employed');
  await add(upgrade, employer, '150603', staff.workers, staff.categories);
  const phone = `158${String(b.rnd.int(10_000_000, 99_999_999))}`;
  for (let i = 0; i < 2; i++) await b.person('150603', [30, 40], { phone });
  out.institutions.push(youthSchool, employer);

  await b.w.audit('对照样本');
  return out;
}
