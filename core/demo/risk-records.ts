// Writes case records straight to the tables (demo patterns and risk-check tests): bookkeeping filled, personal data encrypted.
import type { Knex } from 'knex';
import { withLeague } from '../scale/league.js';
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import { parseResidentId } from '../validation/resident-id.js';
import { transact } from '../db/transact.js';

type Row = Record<string, unknown>;

/**
 * Inserts rows the way the API would store them, without the API's workflow rules: seeds and tests
 * need states (a passed assessment, a paid claim) that only workflow actions reach.
 *
 * @example
 * const w = new RecordWriter(services, ctx);
 * const inst = await w.institution({ name: '示例培训学校', region_code: '150203', credit_code });
 * const prog = await w.program(inst, { occupation_code: '6-18-02-04', start_date: '2025-03-01', end_date: '2025-04-30' });
 */
export class RecordWriter {
  /** Ids written per table, for the audit entry. */
  readonly written = new Map<string, number[]>();

  constructor(private readonly services: Services, private readonly ctx: RequestContext) {}

  get knex(): Knex {
    return this.services.db.knex;
  }

  async insert(table: string, row: Row): Promise<number> {
    const now = new Date().toISOString();
    const by = this.ctx.user?.id ?? null;
    const [inserted] = await this.knex(table).insert(await withLeague(this.knex, table, { created_at: now, updated_at: now, created_by: by, updated_by: by, version: 1, ...row }));
    const id = Number(typeof inserted === 'object' ? (inserted as { id: number }).id : inserted);
    this.written.set(table, [...(this.written.get(table) ?? []), id]);
    return id;
  }

  /** A worker from a checksum-valid ID number; birth date, gender and home region come from it. */
  async worker(p: { id_number: string; name: string; region_code: string; category?: string; phone?: string | null; payee_account?: string | null; traits?: string[]; notes?: string | null; registered_by_institution_id?: number | null }): Promise<number> {
    const id = parseResidentId(p.id_number);
    if ('error' in id) throw new Error(`${p.id_number}: ${id.error}`);
    const { pii } = this.services;
    const secret = (v: string | null | undefined) => (v ? { enc: pii.encrypt(v), idx: pii.blindIndex(v) } : { enc: null, idx: null });
    const phone = secret(p.phone), account = secret(p.payee_account);
    return this.insert('workers', {
      id_number_enc: pii.encrypt(id.number), id_number_idx: pii.blindIndex(id.number), name: p.name, gender: id.gender, birth_date: id.birthDate,
      home_region_code: id.regionCode, region_code: p.region_code, phone_enc: phone.enc, phone_idx: phone.idx, payee_account_enc: account.enc,
      payee_account_idx: account.idx, category: p.category ?? 'rural_transfer', traits: JSON.stringify(p.traits ?? []), notes: p.notes ?? null,
      registered_by_institution_id: p.registered_by_institution_id ?? null,
    });
  }

  /** True when a worker with this ID number exists already (IDs are unique). */
  async hasWorker(idNumber: string): Promise<boolean> {
    return !!(await this.knex('workers').where({ id_number_idx: this.services.pii.blindIndex(idNumber) }).first('id'));
  }

  institution(p: { name: string; region_code: string; credit_code: string; approval_status?: string; approved_from?: string | null; approved_to?: string | null; kind?: string }): Promise<number> {
    return this.insert('institutions', { kind: 'training_org', approval_status: 'approved', approved_from: '2020-01-01', approved_to: '2030-12-31', brand_level: 'none', ...p });
  }

  program(institutionId: number, p: { name?: string; region_code?: string; occupation_code: string; start_date: string; end_date: string; [k: string]: unknown }): Promise<number> {
    return this.insert('programs', {
      name: `${p.occupation_code} 培训班`, institution_id: institutionId, region_code: '150203', occupation_name: null, level: '5', training_kind: 'employment_skills',
      mode: 'open', delivery: 'offline', target_group: 'general', subsidised: true, hours: 80, capacity: 40, status: 'finished', ...p,
    });
  }

  enrol(programId: number, workerId: number, p: Row = {}): Promise<number> {
    return this.insert('enrollments', { program_id: programId, worker_id: workerId, status: 'completed', enrolled_on: '2020-01-01', attended_hours: 0, completed_on: null, assessment_result: null, ...p });
  }

  attend(enrollmentId: number, sessionDate: string, checkInAt: string | null = null, hours = 8): Promise<number> {
    return this.insert('attendance', { enrollment_id: enrollmentId, session_date: sessionDate, hours, check_in_at: checkInAt });
  }

  certificate(p: { worker_id: number; enrollment_id: number | null; number: string; occupation_code: string; issuer: string; issued_on: string; level?: string; kind?: string }): Promise<number> {
    return this.insert('certificates', { kind: 'skill_level', level: '5', ...p });
  }

  claim(p: { worker_id: number | null; program_id: number | null; enrollment_id?: number | null; institution_id: number | null; region_code: string; claim_date: string; requested_fen: number; state?: string; extra?: Row | null; [k: string]: unknown }): Promise<number> {
    const { extra, ...rest } = p;
    return this.insert('claims', { type: 'training', state: 'submitted', submitted_at: new Date().toISOString(), extra: extra ? JSON.stringify(extra) : null, ...rest });
  }

  issuer(p: { name: string; occupation_codes: string[]; region_code: string; valid_from?: string | null; valid_to?: string | null }): Promise<number> {
    return this.insert('issuers', { ...p, occupation_codes: JSON.stringify(p.occupation_codes) });
  }

  /** One audit entry per table written, as the bulk seed does: who wrote how many rows, which ids. */
  async audit(reason: string): Promise<void> {
    await transact(this.knex, async (trx) => {
      for (const [table, ids] of this.written) {
        await this.services.audit.append(trx, this.ctx, { action: 'import', resource: table, changes: { rows: ids.length, first_id: ids[0], last_id: ids.at(-1), reason } });
      }
    });
    this.written.clear();
  }
}
