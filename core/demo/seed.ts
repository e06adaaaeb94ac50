// The demo data set: fictional workers across several 盟市, institutions, users of every role, classes and claims.
import { seedTypicalCases } from './typical-cases.js';
import type { Services } from '../services.js';
import { systemContext, type RequestContext } from '../http/context.js';
import { hashPassword, generatePassword } from '../auth/passwords.js';
import { passwordProblem, regionWords } from '../auth/password-policy.js';
import { Random } from './random.js';
import { maskAccount, maskIdNumber, maskPhone } from '../pii/mask.js';
import { demoAccount, demoCreditCode, demoName, demoPhone, demoResidentId } from './people.js';
import { bulkInsert, nextId } from './bulk.js';
import { REGION_TREE } from '../regions/region-tree.js';
import { seedCases, type CaseReport } from './cases.js';
import { seedComparisons } from './comparisons.js';
import { runRiskScan } from '../risk/index.js';
import { seedRiskPatterns } from './risk-patterns.js';

export interface DemoReport {
  workers: number;
  institutions: number;
  users: Array<{ username: string; role: string; region: string }>;
  cases: CaseReport;
  /** The fraud patterns planted for the risk checklist to find. */
  planted: string[];
  riskCases: number;
  /** Set when DEMO_PASSWORD was not given: the password of every demo user, shown once. */
  generatedDemoPassword?: string;
}

/** Leagues with demo activity, and how many of the workers each gets. */
export const DEMO_LEAGUES: Array<[string, number]> = [
  ['150100', 0.22], ['150200', 0.22], ['150600', 0.14], ['150400', 0.12], ['152500', 0.1], ['150700', 0.1], ['150800', 0.1],
];

const CATEGORIES = ['rural_transfer', 'returnee', 'poverty_exited', 'employed'] as const;

function countiesOf(league: string): string[] {
  const own = REGION_TREE.filter((r) => r.parent === league).map((r) => r.code);
  return own.length ? own : [league];
}

/** A worker row ready for insert: the columns of `workers`, the id and the blind index callers match numbers by. */
export type WorkerSeedRow = Record<string, unknown> & { id: number; id_number_idx: string };

/** Worker rows ready for insert (PII encrypted), for the demo and for `npm run seed`. */
export function workerRows(services: Services, rnd: Random, count: number, firstId: number): WorkerSeedRow[] {
  const today = services.today();
  const rows = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const league = weighted(rnd, DEMO_LEAGUES);
    const region = rnd.pick(countiesOf(league));
    const older = rnd.chance(0.25);
    let id: string;
    do id = demoResidentId(rnd, region, today, older ? 46 : 18, older ? 58 : 45); while (seen.has(id));
    seen.add(id);
    const age = Number(today.slice(0, 4)) - Number(id.slice(6, 10));
    const phone = demoPhone(rnd);
    const account = demoAccount(rnd);
    const traits = [age >= 45 ? 'older' : age <= 35 ? 'youth' : null, age <= 40 && rnd.chance(0.5) ? 'new_generation' : null, rnd.pick(['outbound_wish', 'local_wish', 'entrepreneurship_wish'])].filter(Boolean);
    rows.push({
      id: firstId + i,
      id_number_enc: services.pii.encrypt(id), id_number_idx: services.pii.blindIndex(id), id_number_mask: maskIdNumber(id),
      phone_mask: maskPhone(phone), payee_account_mask: maskAccount(account),
      name: demoName(rnd), gender: Number(id[16]) % 2 ? 'male' : 'female',
      birth_date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, home_region_code: region, region_code: region, league_code: league,
      phone_enc: services.pii.encrypt(phone), phone_idx: services.pii.blindIndex(phone),
      payee_account_enc: services.pii.encrypt(account), payee_account_idx: services.pii.blindIndex(account),
      category: rnd.pick(CATEGORIES), traits: JSON.stringify(traits),
      education: rnd.pick(['primary', 'junior', 'junior', 'senior', 'vocational', 'college']),
      skill_base: rnd.pick([null, '有建筑工地经验', '会驾驶农用机械', '做过餐饮帮厨', '从事牧业多年', '有电商销售经验']),
      employment_status: rnd.pick(['unemployed', 'employed', 'gig', 'farming', 'self_employed']),
      employer: null, notes: null, extra: null, form_version: null,
    });
  }
  return rows;
}

function weighted(rnd: Random, items: Array<[string, number]>): string {
  let x = rnd.next();
  for (const [v, w] of items) if ((x -= w) <= 0) return v;
  return items[items.length - 1][0];
}

export async function seedWorkers(services: Services, ctx: RequestContext, count: number, seed = 20240207): Promise<number> {
  const rnd = new Random(seed);
  const batch = 5000;
  let done = 0;
  while (done < count) {
    const n = Math.min(batch, count - done);
    const first = await nextId(services.db.knex, 'workers');
    const rows = workerRows(services, rnd, n, first);
    // A later run may draw an ID already registered: skip it rather than fail the batch.
    const taken = new Set<string>();
    for (let i = 0; i < rows.length; i += 500) {
      const found = await services.db.knex('workers').whereIn('id_number_idx', rows.slice(i, i + 500).map((r) => r.id_number_idx)).select('id_number_idx');
      found.forEach((f) => taken.add(f.id_number_idx));
    }
    const fresh = rows.filter((r) => !taken.has(r.id_number_idx)).map((r, i) => ({ ...r, id: first + i }));
    await bulkInsert(services, ctx, 'workers', fresh);
    done += fresh.length;
  }
  return done;
}

export async function seedDemo(services: Services, opts: { workers: number }): Promise<DemoReport> {
  const ctx = systemContext('demo-seed');
  const rnd = new Random(20240207);
  const workers = await seedWorkers(services, ctx, opts.workers);
  // Before any claim is decided: the comparisons a deployment's registries would answer.
  await seedComparisons(services, ctx);
  const institutionIds = await seedInstitutions(services, ctx, rnd);
  const demoPassword = services.env.DEMO_PASSWORD ?? generatePassword();
  const users = await seedUsers(services, ctx, demoPassword);
  const cases = await seedCases(services, institutionIds, rnd);
  // A few planted fraud patterns, then a region-wide scan, so the risk checklist has work to show.
  const planted = await seedRiskPatterns(services, ctx);
  // The planted claims were inserted as submitted: decide them like any submission.
  for (const c of await services.db.knex('claims').where({ state: 'submitted' }).whereNull('decision').select('id')) {
    await services.rules.evaluateClaim(ctx, c.id);
  }
  const scan = await runRiskScan(services, ctx, { regionCode: '150000' });
  await seedTypicalCases(services, ctx);
  return {
    workers, institutions: institutionIds.length, users, cases, planted: planted.map((p) => p.description), riskCases: scan.case_ids.length,
    generatedDemoPassword: services.env.DEMO_PASSWORD ? undefined : demoPassword,
  };
}

export const DEMO_INSTITUTIONS: Array<{ name: string; region: string; kind: string; status: string; brand: string }> = [
  { name: '呼和浩特市示例职业技能培训学校', region: '150105', kind: 'training_org', status: 'approved', brand: 'league' },
  { name: '内蒙古示例技师学院', region: '150102', kind: 'technical_school', status: 'approved', brand: 'region' },
  { name: '包头市示例钢铁技能培训中心', region: '150203', kind: 'enterprise', status: 'approved', brand: 'league' },
  { name: '包头市示例家政养老培训学校', region: '150202', kind: 'training_org', status: 'approved', brand: 'none' },
  { name: '鄂尔多斯市示例能源技工学校', region: '150602', kind: 'technical_school', status: 'approved', brand: 'league' },
  { name: '赤峰市示例农牧民工培训中心', region: '150402', kind: 'training_org', status: 'approved', brand: 'county' },
  { name: '锡林郭勒盟示例牧区实训学校', region: '152502', kind: 'vocational_school', status: 'approved', brand: 'none' },
  { name: '满洲里市示例口岸物流培训中心', region: '150781', kind: 'training_org', status: 'approved', brand: 'none' },
  { name: '巴彦淖尔市示例河套农业培训学校', region: '150802', kind: 'training_org', status: 'approved', brand: 'none' },
  { name: '呼伦贝尔市示例冰雪旅游培训中心', region: '150702', kind: 'training_org', status: 'suspended', brand: 'none' },
];

async function seedInstitutions(services: Services, ctx: RequestContext, rnd: Random): Promise<number[]> {
  const first = await nextId(services.db.knex, 'institutions');
  const year = Number(services.today().slice(0, 4));
  const phone = '0471-0000000';
  const rows = DEMO_INSTITUTIONS.map((inst, i) => ({
    id: first + i, name: inst.name, credit_code: demoCreditCode(rnd, inst.region), region_code: inst.region, kind: inst.kind,
    approval_status: inst.status, approved_from: `${year - 2}-01-01`, approved_to: `${year + 1}-12-31`, brand_level: inst.brand,
    contact_name: '示例联系人', contact_phone_enc: services.pii.encrypt(phone), contact_phone_idx: services.pii.blindIndex(phone), address: '示例地址', occupations: null,
  }));
  await bulkInsert(services, ctx, 'institutions', rows);
  return rows.map((r) => r.id);
}

/** One demo user per role, at the nodes a newcomer would try. */
export const DEMO_USERS: Array<{ username: string; display_name: string; role: string; region: string; institution?: number }> = [
  { username: 'hohhot_admin', display_name: '呼和浩特市人社局管理员（示例）', role: 'region_admin', region: '150100' },
  { username: 'baotou_admin', display_name: '包头市人社局管理员（示例）', role: 'region_admin', region: '150200' },
  { username: 'baotou_reviewer', display_name: '包头市审核员（示例）', role: 'reviewer', region: '150200' },
  { username: 'hohhot_reviewer', display_name: '呼和浩特市审核员（示例）', role: 'reviewer', region: '150100' },
  { username: 'baotou_school', display_name: '包头钢铁培训中心经办人（示例）', role: 'institution_staff', region: '150203', institution: 2 },
  { username: 'hohhot_school', display_name: '呼和浩特培训学校经办人（示例）', role: 'institution_staff', region: '150105', institution: 0 },
  { username: 'auditor', display_name: '自治区审计员（示例）', role: 'auditor', region: '150000' },
];

async function seedUsers(services: Services, ctx: RequestContext, password: string): Promise<DemoReport['users']> {
  const { knex } = services.db;
  const chosen = services.env.DEMO_PASSWORD !== undefined;
  if (chosen) {
    for (const u of DEMO_USERS) {
      const problem = passwordProblem(password, { username: u.username, displayName: u.display_name, regionWords: await regionWords(knex, u.region) });
      if (problem) throw new Error(`DEMO_PASSWORD does not satisfy the password policy (user ${u.username}): ${problem}`);
    }
  }
  const hash = await hashPassword(password);
  // A generated password was printed on the console: each demo user replaces it at first login.
  const mustChange = !chosen && services.env.PASSWORD_CHANGE_AT_FIRST_LOGIN;
  const now = new Date().toISOString();
  const firstInstitution = Number((await knex('institutions').min({ m: 'id' }).first())?.m ?? 1);
  const first = await nextId(knex, 'users');
  const rows = DEMO_USERS.map((u, i) => ({
    id: first + i, username: u.username, display_name: u.display_name, role: u.role, region_code: u.region,
    institution_id: u.institution === undefined ? null : firstInstitution + u.institution, password_hash: hash, active: true, failed_logins: 0,
    must_change_password: mustChange, password_changed_at: now,
  }));
  await bulkInsert(services, ctx, 'users', rows);
  return DEMO_USERS.map((u) => ({ username: u.username, role: u.role, region: u.region }));
}
