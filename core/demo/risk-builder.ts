// Fictional people, institutions and classes for the planted risk patterns and the clean control sample: seeded and labelled.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { Random } from './random.js';
import { demoAccount, demoCreditCode, demoName, demoPhone, demoResidentId } from './people.js';
import { RecordWriter } from './risk-records.js';

/** Illustrative amount per training claim (1 200 元); no official subsidy standard is implied. */
export const ILLUSTRATIVE_FEN = 120_000;

export interface Trainee { worker: number; enrollment: number; claim: number | null }

export interface TraineeOptions {
  institution: number;
  region: string;
  workers: number[];
  hours?: number;
  /** Whether trainee i passed; by default most do, one in four does not. */
  passes?: (i: number) => boolean;
  /** Whether trainee i missed a day; by default one in three did. */
  short?: (i: number) => boolean;
  claims?: boolean;
  extra?: (i: number) => Record<string, unknown> | null;
}

export class DemoBuilder {
  readonly w: RecordWriter;
  readonly rnd: Random;
  /** Classes run in the year before today, so that every date is in the past. */
  readonly year: number;

  constructor(readonly services: Services, ctx: RequestContext, seed: number) {
    this.w = new RecordWriter(services, ctx);
    this.rnd = new Random(seed);
    this.year = Number(services.today().slice(0, 4)) - 1;
  }

  /** A date of the class year: `d('03-01')`. */
  d(monthDay: string, yearOffset = 0): string {
    return `${this.year + yearOffset}-${monthDay}`;
  }

  /** A fictional worker aged between the bounds in the middle of the class year. */
  async person(region: string, ages: [number, number], over: { phone?: string; category?: string; notes?: string; name?: string } = {}): Promise<number> {
    let id: string;
    do id = demoResidentId(this.rnd, region, this.d('07-01'), ages[0], ages[1]); while (await this.w.hasWorker(id));
    return this.w.worker({
      id_number: id, name: over.name ?? demoName(this.rnd), region_code: region, category: over.category ?? this.rnd.pick(['rural_transfer', 'returnee', 'poverty_exited']),
      phone: over.phone ?? demoPhone(this.rnd), payee_account: demoAccount(this.rnd), notes: over.notes ?? null,
    });
  }

  async people(n: number, region: string, ages: [number, number], over: { category?: string; notes?: string } = {}): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(await this.person(region, ages, over));
    return out;
  }

  institution(name: string, region: string, over: { approved_from?: string; approved_to?: string; approval_status?: string } = {}): Promise<number> {
    return this.w.institution({ name, region_code: region, credit_code: demoCreditCode(this.rnd, region), approved_from: this.d('01-01', -1), approved_to: this.d('12-31', 2), ...over });
  }

  cls(institution: number, region: string, p: { name: string; occupation_code: string; start_date: string; end_date: string; [k: string]: unknown }): Promise<number> {
    return this.w.program(institution, { region_code: region, ...p });
  }

  /** Enrols the workers, records completion and assessment, and files one claim each. */
  async trainees(programId: number, o: TraineeOptions): Promise<Trainee[]> {
    const hours = o.hours ?? 80;
    const program = await this.w.knex('programs').where({ id: programId }).first('start_date', 'end_date');
    const out: Trainee[] = [];
    for (const [i, worker] of o.workers.entries()) {
      const pass = o.passes ? o.passes(i) : i % 4 !== 3;
      const short = o.short ? o.short(i) : i % 3 === 0;
      const enrollment = await this.w.enrol(programId, worker, {
        enrolled_on: program.start_date, attended_hours: short ? hours - 8 : hours, completed_on: program.end_date,
        assessment_result: pass ? 'pass' : 'fail', status: pass ? 'completed' : 'failed',
      });
      const claim = o.claims === false ? null : await this.w.claim({
        worker_id: worker, program_id: programId, enrollment_id: enrollment, institution_id: o.institution, region_code: o.region,
        claim_date: program.end_date, requested_fen: ILLUSTRATIVE_FEN, extra: o.extra?.(i) ?? null,
      });
      out.push({ worker, enrollment, claim });
    }
    return out;
  }

  /** Attendance on the given dates, each check-in at its own random second of the morning. */
  async attendance(trainees: Trainee[], dates: string[]): Promise<void> {
    for (const date of dates) {
      for (const t of trainees) {
        const at = new Date(`${date}T08:${String(this.rnd.int(0, 29)).padStart(2, '0')}:${String(this.rnd.int(0, 59)).padStart(2, '0')}+08:00`);
        at.setUTCMilliseconds(this.rnd.int(0, 999));
        await this.w.attend(t.enrollment, date, at.toISOString());
      }
    }
  }
}
