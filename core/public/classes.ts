// 找培训: classes open for enrolment near a 旗县 or 苏木乡镇, by occupation and level, with the institution's standing.
import type { Services } from '../services.js';
import { badRequest, notFound } from '../http/errors.js';
import { pathCodes, regionByCode } from './regions.js';

/** How an institution stands for the public: whether its classes are subsidised now. */
export type Standing = 'approved' | 'lapsed' | 'pending' | 'suspended' | 'revoked';

export function standingOf(inst: { approval_status: string; approved_from: string | null; approved_to: string | null }, today: string): Standing {
  if (inst.approval_status === 'suspended' || inst.approval_status === 'revoked' || inst.approval_status === 'pending') return inst.approval_status;
  if (!inst.approved_from || !inst.approved_to || today < inst.approved_from || today > inst.approved_to) return 'lapsed';
  return 'approved';
}

export interface PublicClass {
  id: number;
  name: string;
  occupation_code: string;
  occupation_name: string | null;
  level: string;
  training_kind: string;
  delivery: string;
  subsidised: boolean;
  hours: number;
  start_date: string;
  end_date: string;
  seats_left: number;
  region_code: string;
  region_name: string;
  /** 0: in the node itself, 1: elsewhere in its 旗县, 2: elsewhere in its 盟市. */
  distance: 0 | 1 | 2;
  institution: { name: string; standing: Standing; approved_to: string | null; brand_level: string };
}

/** A class row as selected below, with its institution's and region's columns. */
interface ClassRow {
  id: number; name: string; occupation_code: string; occupation_name: string | null; level: string; training_kind: string; delivery: string;
  subsidised: unknown; hours: number | string; start_date: string; end_date: string; capacity: number | string; taken: number | string;
  region_code: string; region_name: string; region_path: string; institution_name: string; approval_status: string;
  approved_from: string | null; approved_to: string | null; brand_level: string;
}

export interface ClassQuery { near: string; occupation?: string; level?: string; limit?: number }

/**
 * Classes whose enrolment is open (status `open`, not yet ended, seats left) in the 盟市 of `near`,
 * nearest first (the node, then its 旗县, then the 盟市), then by start date. Revoked institutions' classes are not listed.
 */
export async function findClasses(services: Services, q: ClassQuery): Promise<PublicClass[]> {
  const knex = services.db.knex;
  const node = await regionByCode(knex, q.near);
  if (!node) throw notFound('行政区划', q.near);
  const codes = pathCodes(node.path);
  if (codes.length < 3) throw badRequest(`请选择旗县（市、区）或苏木乡镇，而不是${node.name}`, 'near');
  const [root, league, county] = codes;
  const today = services.today();
  const qb = knex('programs').join('institutions', 'institutions.id', 'programs.institution_id').join('regions', 'regions.id', 'programs.region_code')
    .where('programs.status', 'open').where('programs.end_date', '>=', today).whereNot('institutions.approval_status', 'revoked')
    .where('regions.path', 'like', `/${root}/${league}/%`)
    .select('programs.id', 'programs.name', 'programs.occupation_code', 'programs.occupation_name', 'programs.level', 'programs.training_kind',
      'programs.delivery', 'programs.subsidised', 'programs.hours', 'programs.capacity', 'programs.start_date', 'programs.end_date', 'programs.region_code',
      { region_name: 'regions.name', region_path: 'regions.path', institution_name: 'institutions.name' },
      'institutions.approval_status', 'institutions.approved_from', 'institutions.approved_to', 'institutions.brand_level')
    .select(knex.raw("(select count(*) from enrollments e where e.program_id = programs.id and e.status <> 'withdrawn') as taken"))
    .orderBy('programs.start_date').orderBy('programs.id').limit(500);
  if (q.occupation) qb.where('programs.occupation_code', q.occupation);
  if (q.level) qb.where('programs.level', q.level);
  // Counts and numbers as the driver returns them (numbers or numeric strings).
  const rows: ClassRow[] = await qb;
  const distance = (path: string): 0 | 1 | 2 => (path.startsWith(node.path) ? 0 : path.startsWith(`/${root}/${league}/${county}/`) ? 1 : 2);
  return rows.map((r): PublicClass => ({
    id: r.id, name: r.name, occupation_code: r.occupation_code, occupation_name: r.occupation_name ?? null, level: r.level, training_kind: r.training_kind,
    delivery: r.delivery, subsidised: Boolean(r.subsidised), hours: Number(r.hours), start_date: r.start_date, end_date: r.end_date,
    seats_left: Math.max(0, Number(r.capacity) - Number(r.taken)), region_code: r.region_code, region_name: r.region_name, distance: distance(r.region_path),
    institution: { name: r.institution_name, standing: standingOf(r, today), approved_to: r.approved_to ?? null, brand_level: r.brand_level },
  })).filter((c) => c.seats_left > 0)
    .sort((a, b) => a.distance - b.distance || a.start_date.localeCompare(b.start_date) || a.id - b.id)
    .slice(0, q.limit ?? 100);
}
