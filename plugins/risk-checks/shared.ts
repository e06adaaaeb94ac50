// Helpers the risk checks share: the region tree (leagues, common ancestor), claims linked to findings, id lists.
import type { Knex } from 'knex';

/** whereIn lists are sent in pieces, so that a region-wide scan stays within the databases' parameter limits. */
export const CHUNK = 500;

export function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Sorted distinct numbers: evidence and id lists compare equal between scans. */
export function ids(values: Array<number | string | null | undefined>): number[] {
  return [...new Set(values.filter((v) => v !== null && v !== undefined).map(Number))].sort((a, b) => a - b);
}

/** Whole days from a to b (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

export interface RegionNode { code: string; name: string; level: string; path: string }

/** The region tree in memory (a few thousand rows at most): league of a node, common ancestor of nodes. */
export class RegionIndex {
  private constructor(private readonly byCode: Map<string, RegionNode>) {}

  static async load(db: Knex): Promise<RegionIndex> {
    const rows = await db('regions').select('id', 'name', 'level', 'path');
    return new RegionIndex(new Map(rows.map((r) => [r.id, { code: r.id, name: r.name, level: r.level, path: r.path }])));
  }

  get(code: string): RegionNode | undefined {
    return this.byCode.get(code);
  }

  /** The 盟市 a node belongs to (the ancestor at level 'league'), or the node itself above league level. */
  league(code: string): RegionNode | undefined {
    const node = this.byCode.get(code);
    if (!node) return undefined;
    for (const c of node.path.split('/').filter(Boolean)) {
      const n = this.byCode.get(c);
      if (n?.level === 'league') return n;
    }
    return node;
  }

  /** The deepest node whose subtree holds every code: a finding belongs to whoever oversees all of it. */
  common(codes: string[]): string {
    const paths = [...new Set(codes)].map((c) => this.byCode.get(c)?.path.split('/').filter(Boolean) ?? []).filter((p) => p.length > 0);
    if (paths.length === 0) return this.root();
    let prefix = paths[0];
    for (const p of paths.slice(1)) {
      let i = 0;
      while (i < prefix.length && i < p.length && prefix[i] === p[i]) i++;
      prefix = prefix.slice(0, i);
    }
    return prefix.at(-1) ?? this.root();
  }

  private root(): string {
    return [...this.byCode.values()].find((n) => n.path.split('/').filter(Boolean).length === 1)?.code ?? '';
  }
}

export interface ClaimRow {
  id: number; worker_id: number | null; program_id: number | null; enrollment_id: number | null;
  certificate_id: number | null; institution_id: number | null; region_code: string; state: string;
  requested_fen: number; decided_fen: number | null; extra: string | null;
}

const CLAIM_COLUMNS = ['id', 'worker_id', 'program_id', 'enrollment_id', 'certificate_id', 'institution_id', 'region_code', 'state', 'requested_fen', 'decided_fen', 'extra'];

/** Claims linked to any of the given workers, programs (directly or by enrolment), certificates or institutions. */
export async function loadClaims(db: Knex, by: { workerIds?: number[]; programIds?: number[]; certificateIds?: number[]; institutionIds?: number[] }): Promise<ClaimRow[]> {
  const found = new Map<number, ClaimRow>();
  const add = (rows: StoredClaim[]) => rows.forEach((r) => found.set(Number(r.id), normalise(r)));
  for (const part of chunks(ids(by.workerIds ?? []))) add(await db('claims').whereIn('worker_id', part).select(CLAIM_COLUMNS));
  for (const part of chunks(ids(by.certificateIds ?? []))) add(await db('claims').whereIn('certificate_id', part).select(CLAIM_COLUMNS));
  for (const part of chunks(ids(by.institutionIds ?? []))) add(await db('claims').whereIn('institution_id', part).select(CLAIM_COLUMNS));
  for (const part of chunks(ids(by.programIds ?? []))) {
    add(await db('claims').where((q) => q.whereIn('program_id', part).orWhereIn('enrollment_id', db('enrollments').whereIn('program_id', part).select('id'))).select(CLAIM_COLUMNS));
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

/** A claims row as the driver reads it: ids and amounts possibly as numeric strings. */
type StoredClaim = { [K in keyof ClaimRow]: K extends 'region_code' | 'state' | 'extra' ? ClaimRow[K] : number | string | null };

function normalise(r: StoredClaim): ClaimRow {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    id: Number(r.id), worker_id: n(r.worker_id), program_id: n(r.program_id), enrollment_id: n(r.enrollment_id),
    certificate_id: n(r.certificate_id), institution_id: n(r.institution_id), region_code: r.region_code, state: r.state,
    requested_fen: Number(r.requested_fen), decided_fen: n(r.decided_fen), extra: r.extra ?? null,
  };
}

/** A claim is for an enrolment when it names it, or names the same worker and class. */
export function claimIsFor(c: ClaimRow, e: { enrollment_id: number; worker_id: number; program_id: number }): boolean {
  return c.enrollment_id === e.enrollment_id || (c.worker_id === e.worker_id && c.program_id === e.program_id);
}

/** What the claims of a submission-time scan point at, to narrow each check's candidates. */
export interface ClaimTargets { workerIds: number[]; programIds: number[]; enrollmentIds: number[]; certificateIds: number[]; institutionIds: number[] }

export async function claimTargets(db: Knex, claimIds: number[]): Promise<ClaimTargets> {
  type Target = Record<'worker_id' | 'program_id' | 'enrollment_id' | 'certificate_id' | 'institution_id' | 'e_program_id' | 'e_worker_id', number | string | null>;
  const rows: Target[] = [];
  for (const part of chunks(ids(claimIds))) {
    rows.push(...await db('claims as c').leftJoin('enrollments as e', 'e.id', 'c.enrollment_id').whereIn('c.id', part)
      .select('c.worker_id', 'c.program_id', 'c.enrollment_id', 'c.certificate_id', 'c.institution_id', 'e.program_id as e_program_id', 'e.worker_id as e_worker_id'));
  }
  return {
    workerIds: ids(rows.flatMap((r) => [r.worker_id, r.e_worker_id])),
    programIds: ids(rows.flatMap((r) => [r.program_id, r.e_program_id])),
    enrollmentIds: ids(rows.map((r) => r.enrollment_id)),
    certificateIds: ids(rows.map((r) => r.certificate_id)),
    institutionIds: ids(rows.map((r) => r.institution_id)),
  };
}

/** The one institution behind all the given ids, or null when there are several or none. */
export function single(values: Array<number | null | undefined>): number | null {
  const distinct = ids(values);
  return distinct.length === 1 ? distinct[0] : null;
}

/**
 * People as a case summary names them: 「示例·斯琴（#220）」 — the name a reviewer recognises, the number to find the
 * record by. Names only (no ID or phone number): the summary is read by everyone who may see the case.
 */
export async function personNames(db: Knex, workerIds: number[]): Promise<(id: number) => string> {
  const names = new Map<number, string>();
  for (const part of chunks([...new Set(workerIds)])) {
    for (const w of await db('workers').whereIn('id', part).select('id', 'name')) names.set(Number(w.id), String(w.name));
  }
  return (id) => (names.has(id) ? `${names.get(id)}（#${id}）` : `#${id}`);
}
