// Test support: a worker's training claim written straight into the database (institution, class, enrolment, attendance, certificate).
import type { Knex } from 'knex';
import { withLeague } from '../../scale/league.js';
import type { Services } from '../../services.js';
import { idNumber } from '../../test/fixtures.js';

const now = () => new Date().toISOString();
const book = () => ({ created_at: now(), updated_at: now(), created_by: null, updated_by: null, version: 1 });
let seq = 0;

async function insert(db: Knex, table: string, row: Record<string, unknown>): Promise<number> {
  const [id] = await db(table).insert(await withLeague(db, table, { ...row, ...book() }));
  return typeof id === 'object' && id !== null ? Number((id as { id: number }).id) : Number(id);
}

export interface WorkerOptions {
  region?: string;
  /** YYYYMMDD in the ID number. */
  birth?: string;
  category?: string;
  idNumber?: string;
  phone?: string;
}

/** A worker with an encrypted ID number and phone (as the resource service stores them). */
export async function insertWorker(services: Services, o: WorkerOptions = {}): Promise<{ id: number; idNumber: string }> {
  const region = o.region ?? '150102';
  const id = o.idNumber ?? idNumber(region, o.birth ?? '19890315', 100 + (++seq % 800));
  const phone = o.phone ?? `139${String(10_000_000 + seq).slice(-8)}`;
  const { pii } = services;
  const workerId = await insert(services.db.knex, 'workers', {
    id_number_enc: pii.encrypt(id), id_number_idx: pii.blindIndex(id), name: '测试·学员', gender: Number(id[16]) % 2 ? 'male' : 'female',
    birth_date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, home_region_code: region, region_code: region,
    phone_enc: pii.encrypt(phone), phone_idx: pii.blindIndex(phone), category: o.category ?? 'rural_transfer', traits: JSON.stringify(['youth']),
  });
  return { id: workerId, idNumber: id };
}

export interface ClaimOptions {
  region?: string;
  occupation?: string;
  level?: string;
  hours?: number;
  attended?: number;
  completed?: boolean;
  assessment?: 'pass' | 'fail' | null;
  start?: string;
  end?: string;
  claimDate?: string;
  state?: string;
  type?: string;
  subsidised?: boolean;
  institutionApproved?: boolean;
  certificate?: boolean;
}

/** A class, an enrolment with attendance, optionally a certificate, and the claim for it; returns the ids. */
export async function insertTrainingClaim(services: Services, workerId: number, o: ClaimOptions = {}) {
  const db = services.db.knex;
  const region = o.region ?? '150102';
  const n = ++seq;
  const institutionId = await insert(db, 'institutions', {
    name: `测试培训学校${n}`, credit_code: `91${region}${String(n).padStart(10, '0')}`, region_code: region, kind: 'training_org',
    approval_status: o.institutionApproved === false ? 'suspended' : 'approved', approved_from: '2024-01-01', approved_to: '2035-12-31',
  });
  const hours = o.hours ?? 120;
  const programId = await insert(db, 'programs', {
    name: `测试班${n}`, institution_id: institutionId, region_code: region, occupation_code: o.occupation ?? '6-18-02-04', occupation_name: '焊工',
    level: o.level ?? '5', training_kind: 'employment_skills', mode: 'order', delivery: 'offline', target_group: 'general', subsidised: o.subsidised ?? true,
    hours, capacity: 40, start_date: o.start ?? '2024-05-06', end_date: o.end ?? '2024-06-14', status: 'finished',
  });
  const attended = o.attended ?? hours;
  const enrollmentId = await insert(db, 'enrollments', {
    program_id: programId, worker_id: workerId, status: o.completed === false ? 'enrolled' : 'completed', enrolled_on: '2024-05-01',
    attended_hours: attended, completed_on: o.completed === false ? null : o.end ?? '2024-06-14', assessment_result: o.assessment === undefined ? 'pass' : o.assessment,
  });
  const sessions = [];
  for (let left = attended, day = 0; left > 0; day++) {
    const h = Math.min(8, left);
    left -= h;
    sessions.push({ enrollment_id: enrollmentId, session_date: new Date(Date.UTC(2024, 4, 6 + day)).toISOString().slice(0, 10), hours: h, ...book() });
  }
  if (sessions.length) await db('attendance').insert(sessions);
  let certificateId: number | null = null;
  if (o.certificate) {
    certificateId = await insert(db, 'certificates', {
      worker_id: workerId, enrollment_id: enrollmentId, kind: 'skill_level', number: `S${region}${String(n).padStart(8, '0')}X`,
      occupation_code: o.occupation ?? '6-18-02-04', level: o.level ?? '5', issuer: '测试评价机构', issued_on: '2024-06-16',
    });
  }
  const claimId = await insert(db, 'claims', {
    type: o.type ?? 'training', worker_id: workerId, program_id: programId, enrollment_id: enrollmentId, certificate_id: certificateId,
    institution_id: institutionId, region_code: region, claim_date: o.claimDate ?? '2024-06-20', requested_fen: 150000, state: o.state ?? 'submitted',
  });
  return { claimId, programId, enrollmentId, institutionId, certificateId };
}
