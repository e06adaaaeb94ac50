// Demo case flow: classes, wishes, enrolments, attendance, certificates, claims decided and paid, follow-ups and postings.
import type { Services } from '../services.js';
import { systemContext, type AuthUser, type RequestContext } from '../http/context.js';
import { Random } from './random.js';
import { DEMO_CHANNELS, DEMO_CLASSES, DEMO_EMPLOYERS } from './classes.js';
import { ClaimWorkflow } from '../workflow/claims.js';
import { scheduleFollowUps } from '../workflow/follow-ups.js';
import { leagueOf } from '../workflow/classes.js';
import type { Program } from '../entities/programs.js';
import type { JobPosting } from '../entities/after-training.js';
import type { ResourceName } from '../resources/records.js';

const day = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

/** A request context acting as a seeded user, so that demo writes are attributed like real ones. */
async function actAs(services: Services, username: string): Promise<RequestContext> {
  const u = await services.db.knex('users').join('regions', 'regions.id', 'users.region_code').where('users.username', username).first('users.*', 'regions.path');
  if (!u) return systemContext('demo-seed');
  const user: AuthUser = { id: u.id, username: u.username, display_name: u.display_name, role: u.role, region_code: u.region_code, region_path: u.path, institution_id: u.institution_id ?? null };
  return { user, requestId: 'demo-seed', ip: null };
}

export interface CaseReport { classes: number; enrollments: number; claims: number; approved: number; paid: number }

export async function seedCases(services: Services, institutionIds: number[], rnd: Random): Promise<CaseReport> {
  const sys = systemContext('demo-seed');
  const { knex } = services.db;
  const today = services.today();
  const year = Number(today.slice(0, 4));
  const res = <N extends ResourceName>(name: N) => services.resources.get(name);
  const report: CaseReport = { classes: 0, enrollments: 0, claims: 0, approved: 0, paid: 0 };

  const funds = new Map((await knex('fund_sources').select('id', 'code')).map((f) => [f.code, f.id]));
  for (const y of [year - 1, year]) {
    await res('budgets').create(sys, { fund_source_id: funds.get('skills_action_account'), region_code: '150000', year: y, amount_fen: 500_000_000 });
    for (const league of ['150100', '150200', '150400', '150600', '150700', '150800', '152500']) {
      await res('budgets').create(sys, { fund_source_id: funds.get('employment_subsidy'), region_code: league, year: y, amount_fen: 20_000_000 });
    }
  }

  // Every worker may join one finished class and, later, one running class: never two at once.
  type Free = { id: number; birth_date: string; category: string };
  const free = new Map<string, Free[]>();
  for (const w of await knex('workers').select('id', 'region_code', 'birth_date', 'category').orderBy('id')) {
    const league = await leagueOf(knex, w.region_code);
    free.set(league, [...(free.get(league) ?? []), w]);
  }
  // A class takes only workers it is meant for, so the clean demo raises no risk case.
  const fits = (c: (typeof DEMO_CLASSES)[number], start: string) => (w: Free) => {
    const age = Number(start.slice(0, 4)) - Number(w.birth_date.slice(0, 4)) - (start.slice(5) < w.birth_date.slice(5) ? 1 : 0);
    if (c.target === 'older' && age < 45) return false;
    if (c.target === 'youth' && age > 35) return false;
    return c.kind !== 'upgrade' || w.category === 'employed';
  };
  const workflow = new ClaimWorkflow(services);
  const finished = { start: day(today, -240), end: day(today, -160) };
  const running = { start: day(today, -30), end: day(today, 30) };
  for (const c of DEMO_CLASSES) {
    const instId = institutionIds[c.institution];
    const inst = await knex('institutions').where({ id: instId }).first();
    const league = await leagueOf(knex, inst.region_code);
    const catalog = await services.configs.effective(inst.region_code, 'catalog', 'default', finished.start);
    const entry = catalog?.body.entries.find((e) => e.code === c.occupation);
    const standard = entry?.levels[c.level];
    if (!entry || !standard) throw new Error(`demo class ${c.occupation}/${c.level} is not in the catalog of ${inst.region_code}`);
    const hours = standard.min_hours;
    const pool = free.get(league) ?? [];
    for (const [batch, when] of [['finished', finished], ['running', running]] as const) {
      const program = await services.resources.get('programs').create(sys, {
        name: `${entry.name}${c.level === 'special' ? '' : `（${'一二三四五'[Number(c.level) - 1]}级）`}${batch === 'finished' ? '春季' : '秋季'}班`, institution_id: instId, region_code: inst.region_code,
        occupation_code: c.occupation, level: c.level, training_kind: c.kind, mode: c.mode, delivery: c.delivery, target_group: c.target ?? 'general',
        hours, capacity: 30, start_date: when.start, end_date: when.end, status: 'open',
      });
      report.classes++;
      const size = rnd.int(6, 12);
      const members: number[] = [];
      for (let k = 0; k < pool.length && members.length < size; k++) {
        if (fits(c, when.start)(pool[k])) members.push(pool.splice(k--, 1)[0].id);
      }
      for (const [m, workerId] of members.entries()) {
        if (rnd.chance(0.8)) {
          await res('intentions').create(sys, {
            worker_id: workerId, region_code: inst.region_code, channel: rnd.pick(DEMO_CHANNELS), stated_on: day(when.start, -rnd.int(10, 40)),
            occupation_code: c.occupation, training_kind: c.kind, orientation: rnd.pick(['outbound', 'local', 'local']), wants_training: true,
            wants_evaluation: rnd.chance(0.5), wants_job: rnd.chance(0.6), job_wish: rnd.chance(0.5) ? `希望从事${entry.name}相关工作` : null,
          });
        }
        const e = await res('enrollments').create(sys, { program_id: program.id, worker_id: workerId, enrolled_on: day(when.start, -rnd.int(1, 7)) });
        report.enrollments++;
        // Real classes are never all perfect: the first trainee misses a few sessions.
        const ratio = batch === 'running' ? 0.45 : m === 0 ? 0.9 : rnd.chance(0.85) ? 1 : rnd.pick([0.75, 0.6]);
        const sessions = Math.round((hours * ratio) / 8);
        const rows = Array.from({ length: sessions }, (_, s) => ({
          enrollment_id: e.id, session_date: day(when.start, s), hours: 8, check_in_at: `${day(when.start, s)}T00:${String(rnd.int(30, 59)).padStart(2, '0')}:${String(rnd.int(0, 59)).padStart(2, '0')}Z`,
          created_at: new Date().toISOString(), updated_at: new Date().toISOString(), version: 1,
        }));
        if (rows.length) await knex.batchInsert('attendance', rows, 200);
        await knex('enrollments').where({ id: e.id }).update({ attended_hours: rows.length * 8 });
      }
      if (batch === 'running') {
        await res('programs').update(sys, program.id, { version: program.version, status: 'running' });
        continue;
      }
      await finishClass(services, program, when.end, rnd, report, workflow, funds.get('employment_subsidy'));
    }
  }
  // Wishes not yet answered: the 愿培尽培 rate is a real figure, not 100%.
  for (const [league, pool] of free) {
    for (const w of pool.filter(() => rnd.chance(0.7))) {
      const region = (await knex('workers').where({ id: w.id }).first('region_code')).region_code;
      await res('intentions').create(sys, {
        worker_id: w.id, region_code: region, channel: rnd.pick(DEMO_CHANNELS), stated_on: day(today, -rnd.int(5, 60)),
        training_kind: 'employment_skills', orientation: rnd.pick(['outbound', 'local', 'entrepreneurship']), wants_training: true,
        wants_evaluation: rnd.chance(0.3), wants_job: rnd.chance(0.7), job_wish: league === '150200' ? '希望在包头本地就业' : null,
      });
    }
  }
  await seedPostings(services, rnd);
  return report;
}

async function finishClass(services: Services, program: Program, end: string, rnd: Random, report: CaseReport, workflow: ClaimWorkflow, fund: number | undefined) {
  const { knex } = services.db;
  const sys = systemContext('demo-seed');
  const running = await services.resources.get('programs').update(sys, program.id, { version: program.version, status: 'running' });
  await services.resources.get('programs').update(sys, program.id, { version: running.version, status: 'finished' });
  const league = await leagueOf(knex, program.region_code);
  // The people of the demo do the work where they exist: the institution's clerk, the league's reviewer and administrator.
  const username = async (q: Record<string, unknown>) => (await knex('users').where(q).first('username'))?.username ?? '';
  const staff = await actAs(services, await username({ role: 'institution_staff', institution_id: program.institution_id }));
  const reviewer = await actAs(services, await username({ role: 'reviewer', region_code: league }));
  const admin = await actAs(services, await username({ role: 'region_admin', region_code: league }));
  for (const e of await knex('enrollments').where({ program_id: program.id })) {
    const pass = Number(e.attended_hours) >= Number(program.hours) * 0.7 && rnd.chance(0.92);
    const completedOn = end;
    await knex('enrollments').where({ id: e.id }).update({ status: 'completed', completed_on: completedOn, assessment_result: pass ? 'pass' : 'fail' });
    await knex.transaction((trx) => scheduleFollowUps(trx, { ...e, completed_on: completedOn }, services.env.FOLLOW_UP_MONTHS));
    if (pass) {
      await services.resources.get('certificates').create(sys, {
        worker_id: e.worker_id, enrollment_id: e.id, kind: program.level === 'special' ? 'special' : 'skill_level', number: `SL-DEMO-${program.id}-${e.id}`,
        occupation_code: program.occupation_code, level: program.level, issuer: '内蒙古示例职业技能鉴定中心', issued_on: day(end, 7),
      });
    }
    // Visits already due are mostly done.
    for (const f of await knex('follow_ups').where({ enrollment_id: e.id }).where('due_on', '<=', services.today())) {
      if (rnd.chance(0.8)) await knex('follow_ups').where({ id: f.id }).update({ done_on: f.due_on, employed: pass && rnd.chance(0.75), employer: pass ? rnd.pick(DEMO_EMPLOYERS) : null, income_band: rnd.pick(['2000_3999', '4000_5999', '6000_7999']), satisfaction: rnd.int(3, 5) });
    }
    if (!pass && rnd.chance(0.5)) continue;
    const claim = await services.resources.get('claims').create(staff, { type: 'training', enrollment_id: e.id, claim_date: day(end, 12) });
    report.claims++;
    if (rnd.chance(0.1)) continue; // a few drafts not yet submitted
    const submitted = await workflow.submit(staff, claim.id);
    if (submitted.outcome === 'ineligible') {
      await workflow.reject(reviewer, claim.id, '规则判定不符合补贴条件（示例）');
      continue;
    }
    if (rnd.chance(0.15)) continue; // waiting for review
    try {
      await workflow.approve(reviewer, claim.id, { fund_source_id: fund });
      report.approved++;
      if (rnd.chance(0.7)) { await workflow.pay(admin, claim.id); report.paid++; }
    } catch { /* left for a reviewer: e.g. a risk case holds it */ }
  }
}

async function seedPostings(services: Services, rnd: Random) {
  const sys = systemContext('demo-seed');
  const postings: Array<[string, string, string, string, NonNullable<JobPosting['min_level']>]> = [
    ['示例钢铁集团', '焊工', '150203', '6-18-02-04', '5'], ['示例乳业有限公司', '乳品加工操作工', '150105', 'NM-150100-01', '5'],
    ['示例家政服务公司', '家政服务员', '150102', '4-10-01-06', '5'], ['示例养老服务中心', '养老护理员', '150202', '4-10-01-05', '5'],
    ['示例能源化工公司', '电工', '150602', '6-31-01-03', '5'], ['示例物流有限公司', '快递员', '150781', '4-02-07-02', '5'],
    ['示例电商产业园', '电子商务专员', '150402', '4-01-02-02', '5'], ['示例农业合作社', '农业经理人', '150802', '5-05-01-02', '5'],
    ['示例技师学院实训中心', '电工（中级）', '150102', '6-31-01-03', '4'], ['示例牧区民宿', '民宿管家', '152502', 'NM-150000-09', 'special'],
  ];
  for (const [employer, title, region, occupation, level] of postings) {
    await services.resources.get('job_postings').create(sys, {
      employer, title, region_code: region, occupation_code: occupation, min_level: level, positions: rnd.int(2, 20),
      wage_min_fen: rnd.int(35, 50) * 10000, wage_max_fen: rnd.int(55, 90) * 10000, valid_to: day(services.today(), 90),
    });
  }
}
