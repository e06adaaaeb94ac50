// Seeding at region scale: millions of fictional workers, and classes, enrolments, attendance, certificates, claims
// and payments in proportion, over every configuration node and its 旗县. Rows go in as multi-row inserts, one
// transaction per batch that also records the run's progress in `seed_runs`: an interrupted run continues from its
// last committed batch (ids are reserved at the start and derived from each row's number, so nothing is drawn twice).
import type { Knex } from 'knex';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { REGION_TREE } from '../regions/region-tree.js';
import { checkCharacter } from '../validation/resident-id.js';
import { creditCheckCharacter } from '../validation/credit-code.js';
import { demoAccount, demoName, demoPhone } from '../demo/people.js';
import { Random } from '../demo/random.js';
import { maskAccount, maskIdNumber, maskPhone } from '../pii/mask.js';
import { insertRows } from './bulk-insert.js';
import { transact } from '../db/transact.js';
import { droppableIndexes, dropIndexes, restoreIndexes, type SetAsideIndex } from './bulk-indexes.js';

export interface ScaleSeedOptions {
  workers: number;
  claims: number;
  seed?: number;
  /** Rows of the driving table per transaction. */
  batch?: number;
  onProgress?: (p: SeedProgress) => void;
}

export interface SeedProgress {
  stage: 'setup' | 'workers' | 'cases' | 'indexes' | 'done';
  done: number;
  total: number;
  rows: number;
}

interface RunState {
  base: Record<string, number>;
  /** Enrolment e takes worker number (e × step) mod permN: fixed at the first run, so a resumed run agrees. */
  permN?: number;
  workers: number;
  enrollments: number;
  setup: boolean;
  programs: number;
  institutions: number[];
  rows: number;
  /** Secondary indexes dropped for the load, per table, until they are built again at the end (a resumed run finishes it). */
  indexes?: Record<string, SetAsideIndex[]>;
}

export interface ScaleSeedReport {
  run: string;
  resumed: boolean;
  /** Rows of the run so far, and those this call wrote (in `seconds`, which includes any index rebuild). */
  rows: number;
  written: number;
  seconds: number;
  /** Wall time of each stage (setting indexes aside, workers, cases, rebuilding them), in seconds. */
  stages: Record<string, number>;
  counts: Record<string, number>;
}

const DAY = 86_400_000;
/** Up to this many workers not written by the run, their ID numbers' blind indexes are held in memory. */
const OTHERS_IN_MEMORY = 1_000_000;
/** Tables whose indexes are built at once at the end of a MySQL load (the development machine has 2 cores). */
const INDEX_BUILDERS = 2;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** Enrolments per claim: every claim is for a finished class; a quarter more people sit in running classes. */
export const ENROLMENTS_PER_CLAIM = 1.25;
const SEATS = 30;
const SESSIONS = 2;
const CLAIM_STATES: Array<[string, number]> = [['paid', 0.5], ['approved', 0.15], ['rejected', 0.08], ['under_review', 0.1], ['submitted', 0.12], ['draft', 0.05]];
const CATEGORIES = ['rural_transfer', 'returnee', 'poverty_exited', 'employed'] as const;

/** A stable hash of a row number, for choices that must not depend on what was generated before (resuming). */
function hash(n: number, salt: number): number {
  let h = Math.imul(n ^ salt, 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function weighted<T>(x: number, items: Array<[T, number]>): T {
  for (const [v, w] of items) if ((x -= w) <= 0) return v;
  return items[items.length - 1][0];
}

/** Every 盟市 (and the port cities' leagues) with a share of the people, roughly by population. */
const LEAGUE_SHARES: Array<[string, number]> = [
  ['150100', 0.13], ['150200', 0.12], ['150300', 0.025], ['150400', 0.17], ['150500', 0.125], ['150600', 0.09],
  ['150700', 0.09], ['150800', 0.07], ['150900', 0.07], ['152200', 0.065], ['152500', 0.045], ['152900', 0.01],
];
const leagueShares = (() => {
  const sum = LEAGUE_SHARES.reduce((a, [, w]) => a + w, 0);
  return LEAGUE_SHARES.map(([l, w]) => [l, w / sum] as [string, number]);
})();

/** The 旗县 of a league in the shipped tree (the league itself when it has none listed). */
function countiesOf(league: string): string[] {
  const own = REGION_TREE.filter((r) => r.parent === league).map((r) => r.code);
  return own.length ? own : [league];
}

/** Worker number i → where the worker is registered: a pure function of i, so a resumed run agrees. */
export function workerRegion(i: number): string {
  const league = weighted(hash(i, 11), leagueShares);
  const counties = countiesOf(league);
  return counties[Math.floor(hash(i, 12) * counties.length)];
}

/**
 * Worker number i → a checksum-valid resident ID unique across the run: birth day and sequence number encode i
 * (14,600 days × 1,000 numbers), offset by `shift` when a number is already registered.
 */
export function workerIdNumber(i: number, region: string, today: string, shift = 0, seed = 0): string {
  const span = 14_600;
  // Another seed starts elsewhere in the (day, sequence) space, so two runs rarely draw the same number.
  const k = i + shift * 7919 + ((seed * 2_654_435) % (span * 1000));
  const born = addDays(`${Number(today.slice(0, 4)) - 59}-01-01`, k % span);
  const seq = Math.floor(k / span) % 1000;
  const first17 = `${region}${born.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** A row to insert: its table's columns. */
type Row = Record<string, unknown>;
/** A row with its id (institutions of the run, as built or read back). */
type IdRow = Row & { id: number; region_code: string };
/** A worker row as built: its place in the run's sequence and its number's blind index pick the next free number. */
type WorkerSeedRow = Row & { seq: number; region_code: string; id_number_idx: string };
/** A class as built or read back: the columns the later stages read. */
interface ClassRow {
  id: number | string;
  institution_id: number;
  region_code: string;
  occupation_code: string;
  level: string;
  hours: number;
  start_date: string;
  end_date: string;
  status: string;
}
/** A class remembered: its id a number, its league and its catalog standard (fen). */
type ClassSeen = ClassRow & { id: number; league_code: string; fen: number | undefined };

/** The rows of a batch of enrolments, built ahead of writing them, and what they take from each budget. */
interface CaseBatch {
  n: number;
  enrolments: Row[];
  attendance: Row[];
  certificates: Row[];
  claimRows: Row[];
  entitlements: Row[];
  money: Map<number, { reserved: number; spent: number }>;
}

/** A step coprime with n, so that (j × step) mod n visits every index once. */
function strideFor(n: number): number {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  let step = 7919;
  while (gcd(step, n) !== 1) step += 2;
  return step % n || 1;
}

export class ScaleSeeder {
  private readonly knex: Knex;
  private readonly today: string;
  private readonly runId: string;
  private readonly now = new Date().toISOString();
  private catalogs = new Map<string, Array<{ code: string; name: string; level: string; hours: number; fen: number; kind: string }>>();
  private seats = new Map<string, number>();
  private programsOf = new Map<number, ClassSeen>();
  private budgets = new Map<string, number>();
  private phones: Array<[string, string, string]> = [];
  private accounts: Array<[string, string, string]> = [];
  private actor: number | null = null;

  constructor(private readonly services: Services, private readonly ctx: RequestContext, private readonly opts: ScaleSeedOptions) {
    this.knex = services.db.knex;
    this.today = services.today();
    this.runId = `scale-${opts.seed ?? 20240207}`;
  }

  private get seed(): number {
    return this.opts.seed ?? 20240207;
  }

  private get batch(): number {
    return this.opts.batch ?? 20_000;
  }

  private async insert(trx: Knex.Transaction, table: string, rows: Row[]): Promise<void> {
    await insertRows(trx, this.services.db.dialect, table, rows);
  }

  private book(): Row {
    return { created_at: this.now, updated_at: this.now, created_by: null, updated_by: null, version: 1 };
  }

  async run(): Promise<ScaleSeedReport> {
    const started = Date.now();
    const { workers, claims } = this.opts;
    if (!Number.isInteger(workers) || workers < 1) throw new Error('--workers must be a positive whole number');
    if (!Number.isInteger(claims) || claims < 0) throw new Error('--claims must be a whole number ≥ 0');
    if (Math.ceil(claims * ENROLMENTS_PER_CLAIM) > workers) {
      throw new Error(`--claims ${claims} needs ${Math.ceil(claims * ENROLMENTS_PER_CLAIM)} enrolments of distinct people: give at least that many --workers`);
    }
    const { state, resumed } = await this.loadRun();
    const rowsBefore = state.rows;
    const admin = await this.knex('users').where({ role: 'platform_admin' }).orderBy('id').first('id');
    this.actor = admin ? Number(admin.id) : null;
    const rnd = new Random((this.opts.seed ?? 20240207) + 1);
    for (let i = 0; i < 256; i++) {
      const p = demoPhone(rnd);
      const a = demoAccount(rnd);
      // Personal data is encrypted and indexed as the app does; phones and accounts repeat across a small pool.
      this.phones.push([this.services.pii.encrypt(p), this.services.pii.blindIndex(p), maskPhone(p)]);
      this.accounts.push([this.services.pii.encrypt(a), this.services.pii.blindIndex(a), maskAccount(a)]);
    }
    await this.loadCatalogs();
    if (!state.setup) await this.setup(state);
    else await this.loadSetup(state);
    if (!resumed) await this.timed('drop indexes', () => this.setIndexesAside(state));
    try {
      await this.load(state);
    } catch (err) {
      // Never leave the tables without their indexes: build them again before giving up (a rerun continues the load).
      await this.restoreAll(state).catch(() => undefined);
      throw err;
    }
    await this.timed('rebuild indexes', () => this.restoreAll(state));
    await this.knex('seed_runs').where({ id: this.runId }).update({ finished_at: new Date().toISOString() });
    this.opts.onProgress?.({ stage: 'done', done: 1, total: 1, rows: state.rows });
    const counts: Record<string, number> = {};
    for (const t of ['workers', 'institutions', 'programs', 'enrollments', 'attendance', 'certificates', 'claims', 'entitlements']) {
      counts[t] = Number((await this.knex(t).count({ n: '*' }).first())?.n ?? 0);
    }
    return { run: this.runId, resumed, rows: state.rows, written: state.rows - rowsBefore, seconds: (Date.now() - started) / 1000, stages: this.stages, counts };
  }

  private stages: Record<string, number> = {};

  private async timed<T>(stage: string, fn: () => Promise<T>): Promise<T> {
    const t = Date.now();
    try {
      return await fn();
    } finally {
      this.stages[stage] = (this.stages[stage] ?? 0) + (Date.now() - t) / 1000;
    }
  }

  /** Rows each bulk-loaded table gets from a run of this size. */
  private expectedRows(): Record<string, number> {
    const { workers, claims } = this.opts;
    const enrolments = Math.ceil(claims * ENROLMENTS_PER_CLAIM);
    return { workers, enrollments: enrolments, attendance: enrolments * SESSIONS, certificates: claims, claims };
  }

  /**
   * A fresh run into tables smaller than what it adds drops their plain secondary indexes, after recording them in
   * `seed_runs` (so an interrupted run, continued, still builds them again); a run into big tables keeps them.
   */
  private async setIndexesAside(state: RunState): Promise<void> {
    const { dialect } = this.services.db;
    const aside: Record<string, SetAsideIndex[]> = {};
    for (const [table, adds] of Object.entries(this.expectedRows())) {
      const has = Number((await this.knex(table).count({ n: '*' }).first())?.n ?? 0);
      if (has >= adds) continue;
      // The workers' unique ID-number index goes too when the seed can check numbers itself: its own never repeat,
      // and every other row's are held in memory (loadOthers); random HMAC keys make it the costliest to maintain.
      const indexes = await droppableIndexes(this.knex, dialect, table, table === 'workers' && has <= OTHERS_IN_MEMORY ? ['id_number_idx'] : undefined);
      if (indexes.length) aside[table] = indexes;
    }
    if (!Object.keys(aside).length) return;
    state.indexes = aside;
    await this.knex.transaction((trx) => this.saveRun(trx, state));
    for (const [table, indexes] of Object.entries(aside)) await dropIndexes(this.knex, dialect, table, indexes);
  }

  /** Builds every index set aside again (those still missing), then clears the record of it. */
  private async restoreAll(state: RunState): Promise<void> {
    if (!state.indexes) return;
    const tables = Object.keys(state.indexes);
    let done = 0;
    this.opts.onProgress?.({ stage: 'indexes', done, total: tables.length, rows: state.rows });
    // On MySQL two tables build at once: one ALTER sorts on one core, and the tables are independent. SQLite has
    // one writer.
    const queue = [...tables];
    const builder = async () => {
      for (let table = queue.shift(); table; table = queue.shift()) {
        await this.restoreTable(state, table);
        this.opts.onProgress?.({ stage: 'indexes', done: ++done, total: tables.length, rows: state.rows });
      }
    };
    // Both builders finish before a failure is passed on: the caller's clean-up must not meet an ALTER still running.
    const ends = await Promise.allSettled(Array.from({ length: this.services.db.dialect === 'mysql' ? INDEX_BUILDERS : 1 }, builder));
    const failed = ends.find((e): e is PromiseRejectedResult => e.status === 'rejected');
    if (failed) throw failed.reason;
    delete state.indexes;
    await this.knex.transaction((trx) => this.saveRun(trx, state));
  }

  private async restoreTable(state: RunState, table: string): Promise<void> {
    const indexes = state.indexes?.[table];
    if (!indexes) return;
    // An ALTER meeting the app's transactions on the table's foreign-key relatives may lose a deadlock: it tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        await restoreIndexes(this.knex, this.services.db.dialect, table, indexes);
        break;
      } catch (err) {
        if (attempt >= 5 || ![1205, 1213].includes(Number((err as { errno?: number }).errno))) throw err;
        await new Promise((r) => setTimeout(r, 1000 * attempt));
      }
    }
    delete state.indexes![table];
  }



  /** The bulk stages: workers, then classes, enrolments and everything that follows from them. */
  private async load(state: RunState): Promise<void> {
    const { workers, claims } = this.opts;
    const report = (stage: SeedProgress['stage'], done: number, total: number) => this.opts.onProgress?.({ stage, done, total, rows: state.rows });
    // Rows of batch k+1 are built (encrypting personal data) while the database writes batch k.
    const workersStarted = Date.now();
    if (state.workers < workers) await this.loadOthers(state);
    let cursor = state.workers;
    let next = cursor < workers ? this.workerRows(state, cursor, Math.min(this.batch, workers - cursor)) : null;
    while (next) {
      const rows = await next;
      const write = this.seedTransaction(state, async (trx) => {
        await this.insertWorkers(trx, rows);
        state.workers += rows.length;
        state.rows += rows.length;
        await this.saveRun(trx, state);
      });
      cursor += rows.length;
      next = cursor < workers ? this.workerRows(state, cursor, Math.min(this.batch, workers - cursor)) : null;
      await write;
      report('workers', state.workers, workers);
    }
    this.stages.workers = (Date.now() - workersStarted) / 1000;
    const casesStarted = Date.now();
    const enrolments = Math.ceil(claims * ENROLMENTS_PER_CLAIM);
    this.buildPlan(state, enrolments);
    await this.ensurePrograms(state, enrolments, claims);
    // How many of each league's enrolments (finished / running) come before the first one still to write.
    for (let e = 0; e < state.enrollments && e < enrolments; e++) this.bump(`${LEAGUE_SHARES[this.plan[e]][0]}:${e < claims ? 'finished' : 'running'}`);
    // As with workers: batch k+1 is built while batch k is written (building takes seats in order, so it stays serial).
    let from = state.enrollments;
    let pending = from < enrolments ? this.caseRows(state, from, Math.min(this.batch, enrolments - from), claims) : null;
    while (pending) {
      const batch = await pending;
      const write = this.seedTransaction(state, async (trx) => {
        const added = await this.writeCases(trx, batch);
        state.enrollments += batch.n;
        state.rows += added;
        await this.saveRun(trx, state);
      });
      from += batch.n;
      pending = from < enrolments ? this.caseRows(state, from, Math.min(this.batch, enrolments - from), claims) : null;
      await write;
      report('cases', state.enrollments, enrolments);
    }
    this.stages.cases = (Date.now() - casesStarted) / 1000;
  }

  private async loadRun(): Promise<{ state: RunState; resumed: boolean }> {
    const row = await this.knex('seed_runs').where({ id: this.runId }).first();
    if (row) {
      const state = JSON.parse(row.progress) as RunState;
      await this.knex('seed_runs').where({ id: this.runId }).update({ params: JSON.stringify({ workers: this.opts.workers, claims: this.opts.claims }), finished_at: null });
      return { state, resumed: true };
    }
    // Id ranges are reserved now: row number k of a table gets base + k, on every resumption.
    const base: Record<string, number> = {};
    for (const t of ['workers', 'institutions', 'programs', 'enrollments', 'attendance', 'certificates', 'claims']) {
      base[t] = Number((await this.knex(t).max({ m: 'id' }).first())?.m ?? 0) + 1;
    }
    base.workers += 1000; // room for the odd registration made while the seed runs
    const state: RunState = { base, workers: 0, enrollments: 0, setup: false, programs: 0, institutions: [], rows: 0 };
    await this.knex('seed_runs').insert({
      id: this.runId, params: JSON.stringify({ workers: this.opts.workers, claims: this.opts.claims }), progress: JSON.stringify(state),
      started_at: this.now, updated_at: this.now, finished_at: null,
    });
    return { state, resumed: false };
  }

  private async saveRun(trx: Knex.Transaction, state: RunState): Promise<void> {
    await trx('seed_runs').where({ id: this.runId }).update({ progress: JSON.stringify(state), updated_at: new Date().toISOString() });
  }

  /** The catalog in force at each 旗县 (its own, its league's or the region's), a year before today: classes teach from it. */
  private async loadCatalogs(): Promise<void> {
    for (const league of [...LEAGUE_SHARES.map(([l]) => l)].flatMap(countiesOf)) {
      const doc = await this.services.configs.effective(league, 'catalog', 'default', addDays(this.today, -730));
      const entries: Array<{ code: string; name: string; level: string; hours: number; fen: number; kind: string }> = [];
      for (const e of doc?.body.entries ?? []) {
        for (const [level, spec] of Object.entries(e.levels ?? {}) as Array<[string, { min_hours?: number; standard_fen?: number }]>) {
          entries.push({ code: e.code, name: e.name, level, hours: Number(spec.min_hours ?? 80), fen: Number(spec.standard_fen ?? 100000), kind: (e.kinds ?? ['employment_skills'])[0] });
        }
      }
      if (!entries.length) throw new Error(`No catalog in force at ${league}: import the configuration first (npm start once, or npm run config)`);
      this.catalogs.set(league, entries);
    }
  }

  /** Institutions (two per 旗县, approved), budgets per league and year: once per run. */
  private async setup(state: RunState): Promise<void> {
    const rnd = new Random(this.opts.seed ?? 20240207);
    const year = Number(this.today.slice(0, 4));
    await this.knex.transaction(async (trx) => {
      const institutions: IdRow[] = [];
      let n = 0;
      for (const [league] of LEAGUE_SHARES) {
        for (const county of countiesOf(league)) {
          for (let k = 0; k < 2; k++) {
            const [enc, idx] = this.phones[n % this.phones.length];
            institutions.push({
              id: state.base.institutions + n, name: `${REGION_TREE.find((r) => r.code === county)?.name ?? county}示例规模培训学校${k + 1}号（${this.runId}）`,
              credit_code: this.creditCode(rnd, county, n), region_code: county, kind: 'training_org', approval_status: 'approved',
              approved_from: `${year - 3}-01-01`, approved_to: `${year + 2}-12-31`, brand_level: 'none', contact_name: '示例联系人',
              contact_phone_enc: enc, contact_phone_idx: idx, address: '示例地址', occupations: null, ...this.book(),
            });
            n++;
          }
        }
      }
      await this.insert(trx, 'institutions', institutions);
      state.institutions = institutions.map((r) => r.id);
      const fund = await trx('fund_sources').where({ code: 'employment_subsidy' }).first('id');
      if (!fund) throw new Error('Fund source employment_subsidy is missing: start Steppe once to bootstrap the database');
      for (const [league] of LEAGUE_SHARES) {
        for (const y of [year - 2, year - 1, year]) {
          const exists = await trx('budgets').where({ fund_source_id: fund.id, region_code: league, year: y }).first('id');
          if (!exists) await trx('budgets').insert({ fund_source_id: fund.id, region_code: league, year: y, amount_fen: 900_000_000_000, reserved_fen: 0, spent_fen: 0, ...this.book() });
        }
      }
      state.setup = true;
      state.rows += institutions.length;
      await this.saveRun(trx, state);
      await this.services.audit.append(trx, this.ctx, { action: 'import', resource: 'institutions', changes: { rows: institutions.length, first_id: institutions[0]?.id ?? null, last_id: institutions.at(-1)?.id ?? null, seed_run: this.runId } });
    });
    await this.loadSetup(state);
  }

  private creditCode(rnd: Random, region: string, n: number): string {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    let body = '';
    let x = n + (this.opts.seed ?? 0) * 131;
    for (let i = 0; i < 4; i++) { body += alphabet[x % alphabet.length]; x = Math.floor(x / alphabet.length); }
    for (let i = 0; i < 5; i++) body += alphabet[rnd.int(0, alphabet.length - 1)];
    const first17 = `52${region}${body}`;
    return first17 + creditCheckCharacter(first17);
  }

  private async loadSetup(state: RunState): Promise<void> {
    const fund = await this.knex('fund_sources').where({ code: 'employment_subsidy' }).first('id');
    for (const b of await this.knex('budgets').where({ fund_source_id: fund.id }).whereIn('region_code', LEAGUE_SHARES.map(([l]) => l)).select('id', 'region_code', 'year')) {
      this.budgets.set(`${b.region_code}:${b.year}`, Number(b.id));
    }
    this.budgets.set('fund', Number(fund.id));
    const programs = await this.knex('programs').where('id', '>=', state.base.programs).where('id', '<', state.base.programs + state.programs)
      .select('id', 'institution_id', 'region_code', 'occupation_code', 'level', 'hours', 'start_date', 'end_date', 'status').orderBy('id');
    for (const p of programs) this.remember(p);
  }

  /** Classes of this run per league and status (`150200:finished`), in id order. */
  private classes = new Map<string, number[]>();

  private remember(p: ClassRow): void {
    const fen = this.catalogs.get(p.region_code)?.find((c) => c.code === p.occupation_code && c.level === p.level)?.fen;
    this.programsOf.set(Number(p.id), { ...p, id: Number(p.id), league_code: `${String(p.region_code).slice(0, 4)}00`, fen });
    const key = `${String(p.region_code).slice(0, 4)}00:${p.status === 'finished' ? 'finished' : 'running'}`;
    this.classes.set(key, [...(this.classes.get(key) ?? []), Number(p.id)]);
  }

  private async workerRows(state: RunState, from: number, n: number): Promise<WorkerSeedRow[]> {
    const rnd = new Random((this.seed * 31 + from) >>> 0);
    const rows: WorkerSeedRow[] = [];
    for (let k = 0; k < n; k++) {
      const i = from + k;
      const region = workerRegion(i);
      const id = workerIdNumber(i, region, this.today, 0, this.seed);
      rows.push(this.workerRow(state.base.workers + i, i, region, id, rnd));
      if (k % 500 === 499) await new Promise((r) => setImmediate(r)); // let the previous batch's statements go out
    }
    return rows;
  }

  /** ID-number blind indexes of the workers this run did not write, when there are at most a million of them. */
  private others: Set<string> | null = null;
  private shifted = new Set<string>();

  private async loadOthers(state: RunState): Promise<void> {
    const outside = (q: Knex.QueryBuilder) => q.where('id', '<', state.base.workers).orWhere('id', '>=', state.base.workers + this.opts.workers);
    const n = Number((await this.knex('workers').where(outside).count({ n: '*' }).first())?.n ?? 0);
    if (n > OTHERS_IN_MEMORY) return;
    this.others = new Set((await this.knex('workers').where(outside).select('id_number_idx')).map((r) => String(r.id_number_idx)));
  }

  private async insertWorkers(trx: Knex.Transaction, rows: WorkerSeedRow[]): Promise<void> {
    // A number somebody registered already (a demo worker, a real one) gets the next free sequence instead.
    // The run's own numbers never repeat (they encode the row number), so only others' rows can collide: known up
    // front when there are few of them (then the unique index may be set aside meanwhile), else looked up per batch.
    const taken = this.others
      ? new Set(rows.filter((r) => this.others!.has(r.id_number_idx)).map((r) => r.id_number_idx))
      : new Set((await trx('workers').whereIn('id_number_idx', rows.map((r) => r.id_number_idx)).select('id_number_idx')).map((r) => r.id_number_idx));
    for (let k = 0; k < rows.length && taken.size; k++) {
      if (!taken.has(rows[k].id_number_idx)) continue;
      for (let shift = 1; ; shift++) {
        const id = workerIdNumber(rows[k].seq, rows[k].region_code, this.today, shift, this.seed);
        const idx = this.services.pii.blindIndex(id);
        // Shifted, the number is that of the run's row seq + shift × 7919 when it is registered in the same place.
        const own = rows[k].seq + shift * 7919;
        if (this.shifted.has(idx) || (own < this.opts.workers && workerRegion(own) === rows[k].region_code)) continue;
        if (this.others ? !this.others.has(idx) : !(await trx('workers').where({ id_number_idx: idx }).first('id'))) {
          this.shifted.add(idx);
          Object.assign(rows[k], this.idColumns(id), { id_number_enc: this.services.pii.encrypt(id), id_number_idx: idx, id_number_mask: maskIdNumber(id) });
          break;
        }
      }
    }
    await this.insert(trx, 'workers', rows.map(({ seq, ...r }) => r));
    await this.services.audit.append(trx, this.ctx, { action: 'import', resource: 'workers', changes: { rows: rows.length, first_id: rows[0].id, last_id: rows.at(-1)!.id, seed_run: this.runId } });
  }

  /**
   * A batch's transaction. On MySQL the session skips foreign-key lookups meanwhile (each batch's rows point only at
   * rows this run wrote before or that exist, by construction) and turns them back on before the connection returns.
   * A deadlock or lock wait (a server on the same database refreshing its figures, say) rolls the batch back and runs
   * it again: `state`, which the batch advances, is put back as it was before each attempt.
   */
  private async seedTransaction(state: RunState, fn: (trx: Knex.Transaction) => Promise<void>): Promise<void> {
    const before = structuredClone(state);
    await transact(this.knex, async (trx) => {
      Object.assign(state, structuredClone(before));
      const mysql = this.services.db.dialect === 'mysql';
      if (mysql) await trx.raw('SET SESSION foreign_key_checks = 0');
      try {
        await fn(trx);
      } finally {
        if (mysql) await trx.raw('SET SESSION foreign_key_checks = 1');
      }
    });
  }

  private idColumns(id: string): Row {
    return { gender: Number(id[16]) % 2 ? 'male' : 'female', birth_date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, home_region_code: id.slice(0, 6) };
  }

  private workerRow(rowId: number, i: number, region: string, id: string, rnd: Random): WorkerSeedRow {
    const [phoneEnc, phoneIdx, phoneMask] = this.phones[i % this.phones.length];
    const [accEnc, accIdx, accMask] = this.accounts[(i * 7) % this.accounts.length];
    const age = Number(this.today.slice(0, 4)) - Number(id.slice(6, 10));
    const traits = [age >= 45 ? 'older' : age <= 35 ? 'youth' : null, rnd.pick(['outbound_wish', 'local_wish', 'entrepreneurship_wish'])].filter(Boolean);
    const league = `${region.slice(0, 4)}00`;
    return {
      seq: i, id: rowId, id_number_enc: this.services.pii.encrypt(id), id_number_idx: this.services.pii.blindIndex(id), name: demoName(rnd), ...this.idColumns(id),
      region_code: region, league_code: league, phone_enc: phoneEnc, phone_idx: phoneIdx, payee_account_enc: accEnc, payee_account_idx: accIdx,
      // The masked forms lists show without decrypting (migration 20261201006200).
      id_number_mask: maskIdNumber(id), phone_mask: phoneMask, payee_account_mask: accMask,
      category: CATEGORIES[Math.floor(hash(i, 13) * CATEGORIES.length)], traits: JSON.stringify(traits),
      education: rnd.pick(['primary', 'junior', 'junior', 'senior', 'vocational', 'college']), skill_base: null,
      employment_status: rnd.pick(['unemployed', 'employed', 'gig', 'farming', 'self_employed']), employer: null, notes: null, extra: null, form_version: null,
      registered_by_institution_id: null, ...this.book(),
    };
  }

  /** Enrolment e → worker number: a permutation of the first `permN` people, so nobody enrols (or claims) twice. */
  /** The next seat of a league's classes of one status (0, 1, …). */
  private bump(key: string): number {
    const n = this.seats.get(key) ?? 0;
    this.seats.set(key, n + 1);
    return n;
  }

  private workerOf(state: RunState, e: number): number {
    return (e * strideFor(state.permN!)) % state.permN!;
  }

  /** For each enrolment, the league of its person (an index into LEAGUE_SHARES), computed once per run of the process. */
  private plan = new Uint8Array(0);
  private leagueIndex = new Map(LEAGUE_SHARES.map(([l], i) => [l, i]));

  private buildPlan(state: RunState, enrolments: number): void {
    state.permN ??= this.opts.workers;
    if (enrolments > state.permN) throw new Error(`${enrolments} enrolments need as many people among the first ${state.permN} workers of run ${this.runId}`);
    this.plan = new Uint8Array(enrolments);
    for (let e = 0; e < enrolments; e++) this.plan[e] = this.leagueIndex.get(`${workerRegion(this.workerOf(state, e)).slice(0, 4)}00`)!;
  }

  /** Classes for the enrolments: in each league, enough finished classes for its claims and running ones for the rest. */
  private async ensurePrograms(state: RunState, enrolments: number, claims: number): Promise<void> {
    const want = new Map<string, number>();
    for (let e = 0; e < enrolments; e++) {
      const key = `${LEAGUE_SHARES[this.plan[e]][0]}:${e < claims ? 'finished' : 'running'}`;
      want.set(key, (want.get(key) ?? 0) + 1);
    }
    const missing: Array<[string, boolean]> = [];
    for (const [key, n] of want) {
      const [league, status] = key.split(':');
      for (let k = this.classes.get(key)?.length ?? 0; k < Math.ceil(n / SEATS); k++) missing.push([league, status === 'finished']);
    }
    if (!missing.length) return;
    const instByLeague = new Map<string, IdRow[]>();
    for (const inst of await this.knex('institutions').whereIn('id', state.institutions).select('id', 'region_code')) {
      const league = `${String(inst.region_code).slice(0, 4)}00`;
      instByLeague.set(league, [...(instByLeague.get(league) ?? []), inst]);
    }
    for (let at = 0; at < missing.length; at += this.batch) {
      const slice = missing.slice(at, at + this.batch);
      let written: Array<Row & ClassRow> = [];
      await this.seedTransaction(state, async (trx) => {
        const rows: Array<Row & ClassRow> = [];
        for (const [league, finished] of slice) {
          const p = state.programs + rows.length;
          const insts = instByLeague.get(league)!;
          const inst = insts[Math.floor(hash(p, 22) * insts.length)];
          const entries = this.catalogs.get(inst.region_code)!;
          const e = entries[Math.floor(hash(p, 23) * entries.length)];
          // Finished classes over the last two years (their people claim); the rest run now.
          const start = finished ? addDays(this.today, -60 - Math.floor(hash(p, 24) * 660)) : addDays(this.today, -Math.floor(hash(p, 25) * 20));
          const end = finished ? addDays(start, 30) : addDays(start, 45);
          rows.push({
            id: state.base.programs + p, name: `${e.name}${e.level === 'special' ? '' : `（${'一二三四五'[Number(e.level) - 1]}级）`}规模示例班${p + 1}`,
            institution_id: inst.id, region_code: inst.region_code, occupation_code: e.code, occupation_name: e.name, level: e.level, training_kind: e.kind,
            mode: 'open', delivery: 'offline', target_group: 'general', subsidised: true, hours: e.hours, capacity: SEATS, start_date: start, end_date: end,
            status: finished ? 'finished' : 'running', extra: null, form_version: null, ...this.book(),
          });
        }
        await this.insert(trx, 'programs', rows);
        state.programs += rows.length;
        state.rows += rows.length;
        await this.saveRun(trx, state);
        await this.services.audit.append(trx, this.ctx, { action: 'import', resource: 'programs', changes: { rows: rows.length, first_id: rows[0].id, last_id: rows.at(-1)!.id, seed_run: this.runId } });
        written = rows;
      });
      // After the commit: a batch run again after a deadlock would remember its classes twice.
      for (const r of written) this.remember(r);
    }
  }

  /**
   * Enrolments [from, from+n): each with attendance; those for a finished class (the first `claims`) with a
   * certificate and a claim in a workflow state — decided, approved with the entitlement taken and the amount
   * reserved, or paid from the league's budget — exactly as the workflow would leave them.
   */
  private async caseRows(state: RunState, from: number, n: number, claims: number): Promise<CaseBatch> {
    const { base } = state;
    const enrolments: Row[] = [];
    const attendance: Row[] = [];
    const certificates: Row[] = [];
    const claimRows: Row[] = [];
    const entitlements: Row[] = [];
    const money = new Map<number, { reserved: number; spent: number }>();
    for (let k = 0; k < n; k++) {
      if (k % 500 === 499) await new Promise((r) => setImmediate(r)); // let the previous batch's statements go out
      const e = from + k;
      const claimed = e < claims;
      // The person is the e-th of the permutation; the class is the next with a free seat in the person's league.
      const key = `${LEAGUE_SHARES[this.plan[e]][0]}:${claimed ? 'finished' : 'running'}`;
      const seat = this.bump(key);
      const program = this.programsOf.get(this.classes.get(key)![Math.floor(seat / SEATS)])!;
      const league = String(program.league_code);
      const worker = state.base.workers + this.workerOf(state, e);
      const enrolled = addDays(program.start_date, -Math.floor(hash(e, 32) * 10) - 1);
      const id = base.enrollments + e;
      enrolments.push({
        id, program_id: program.id, worker_id: worker, intention_id: null, status: claimed ? 'completed' : 'enrolled', enrolled_on: enrolled,
        attended_hours: claimed ? program.hours : Math.floor(program.hours / 3), completed_on: claimed ? program.end_date : null, assessment_result: claimed ? 'pass' : null,
        league_code: league, ...this.book(),
      });
      for (let s = 0; s < SESSIONS; s++) {
        const day = addDays(program.start_date, s * 7);
        attendance.push({ id: base.attendance + e * SESSIONS + s, enrollment_id: id, session_date: day, hours: Math.max(1, Math.floor(program.hours / SESSIONS)), check_in_at: `${day}T08:${String(10 + s).padStart(2, '0')}:00.000Z`, ...this.book() });
      }
      if (!claimed) continue;
      const issued = addDays(program.end_date, 10);
      const certId = base.certificates + e;
      certificates.push({
        id: certId, worker_id: worker, enrollment_id: id, kind: program.level === 'special' ? 'special' : 'skill_level', number: `SC${this.opts.seed ?? 20240207}-${String(e).padStart(8, '0')}`,
        occupation_code: program.occupation_code, level: program.level, issuer: '示例职业技能等级认定机构', issued_on: issued, league_code: league, ...this.book(),
      });
      claimRows.push(this.claimRow(base.claims + e, e, program, worker, id, certId, issued, league, money, entitlements));
    }
    return { n, enrolments, attendance, certificates, claimRows, entitlements, money };
  }

  private async writeCases(trx: Knex.Transaction, batch: CaseBatch): Promise<number> {
    const { enrolments, attendance, certificates, claimRows, entitlements, money } = batch;
    await this.insert(trx, 'enrollments', enrolments);
    await this.insert(trx, 'attendance', attendance);
    if (certificates.length) await this.insert(trx, 'certificates', certificates);
    if (claimRows.length) await this.insert(trx, 'claims', claimRows);
    if (entitlements.length) await this.insert(trx, 'entitlements', entitlements);
    for (const [budget, m] of money) {
      await trx('budgets').where({ id: budget }).update({ reserved_fen: trx.raw('reserved_fen + ?', [m.reserved]), spent_fen: trx.raw('spent_fen + ?', [m.spent]) });
    }
    await this.services.audit.append(trx, this.ctx, {
      action: 'import', resource: 'claims',
      changes: { seed_run: this.runId, enrollments: [enrolments[0].id, enrolments.at(-1)!.id], attendance: attendance.length, certificates: certificates.length, claims: claimRows.length ? [claimRows[0].id, claimRows.at(-1)!.id] : [], entitlements: entitlements.length },
    });
    return enrolments.length + attendance.length + certificates.length + claimRows.length + entitlements.length;
  }

  private claimRow(id: number, e: number, program: ClassSeen, worker: number, enrollmentId: number, certId: number, issued: string, league: string,
    money: Map<number, { reserved: number; spent: number }>, entitlements: Row[]): Row {
    const state = weighted(hash(e, 41), CLAIM_STATES);
    const claimDate = addDays(issued, 3 + Math.floor(hash(e, 42) * 20));
    const date = claimDate > this.today ? this.today : claimDate;
    const fen = Number(program.fen ?? 120000);
    const at = (days: number) => `${addDays(date, days)}T09:00:00.000Z`;
    const row: Row = {
      id, type: 'training', worker_id: worker, program_id: program.id, enrollment_id: enrollmentId, certificate_id: certId, base_id: null,
      institution_id: program.institution_id, region_code: program.region_code, league_code: league, claim_date: date, period_from: program.start_date, period_to: program.end_date,
      requested_fen: fen, decided_fen: null, state, outcome: null, decision: null, rejection_reason: null, fund_source_id: null,
      submitted_at: null, submitted_by: null, decided_at: null, decided_by: null, paid_at: null, paid_by: null, budget_id: null, extra: null, form_version: null, idempotency_key: null,
      ...this.book(),
    };
    if (state === 'draft') return row;
    const eligible = state !== 'rejected' || hash(e, 43) < 0.3;
    const outcome = state === 'rejected' && !eligible ? 'ineligible' : state === 'under_review' && hash(e, 44) < 0.3 ? 'needs_review' : 'eligible';
    Object.assign(row, { submitted_at: at(0), outcome, decision: JSON.stringify(this.decision(outcome, fen, program, date)) });
    if (state === 'submitted' || state === 'under_review') return row;
    if (state === 'rejected') return Object.assign(row, { decided_at: at(5), decided_by: this.actor, rejection_reason: outcome === 'ineligible' ? '规则判定不符合条件（示例）' : '材料不全，退回（示例）' });
    const budget = this.budgets.get(`${league}:${date.slice(0, 4)}`) ?? this.budgets.get(`${league}:${this.today.slice(0, 4)}`)!;
    Object.assign(row, { decided_fen: fen, decided_at: at(5), decided_by: this.actor, fund_source_id: this.budgets.get('fund'), budget_id: budget });
    const m = money.get(budget) ?? { reserved: 0, spent: 0 };
    money.set(budget, m);
    entitlements.push({ worker_id: worker, family: 'training', occupation_code: program.occupation_code, level: program.level, claim_id: id, taken_at: at(5), taken_by: this.actor, paid_at: state === 'paid' ? at(12) : null });
    if (state === 'approved') { m.reserved += fen; return row; }
    m.spent += fen;
    return Object.assign(row, { paid_at: at(12), paid_by: this.actor });
  }

  /** A compact stored decision, saying that it was generated with the data (re-evaluate a claim to get the full account). */
  private decision(outcome: string, fen: number, program: ClassSeen, date: string): Row {
    return {
      outcome, amount_fen: outcome === 'ineligible' ? 0 : fen, amount: null,
      reasons: [outcome === 'ineligible' ? '示例数据：不符合条件' : outcome === 'needs_review' ? '示例数据：需人工审核' : '示例数据：符合条件',
        '规模测试数据由 npm run seed 批量生成，未逐条执行规则；在申请页重新判定可得到完整的判定依据'],
      ruleset: { node: program.region_code, key: 'training', date, chain: [] },
      facts: { occupation_code: program.occupation_code, level: program.level, hours: program.hours },
      rules: [], evaluated_at: `${date}T09:00:00.000Z`, seeded: true,
    };
  }
}

export async function seedScale(services: Services, ctx: RequestContext, opts: ScaleSeedOptions): Promise<ScaleSeedReport> {
  return new ScaleSeeder(services, ctx, opts).run();
}
