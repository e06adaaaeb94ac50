// Entitlements: one row per person × subsidy family × occupation × level, held by the approved or paid claim — the
// database's own guard of the no-double-subsidy rule; backfilled from the claims already approved or paid.
import type { Knex } from 'knex';

/** Training and skill-upgrade subsidies are one family (the policy's 含参保职工技能提升补贴); evaluation is another. */
const FAMILY: Record<string, string> = { training: 'training', upgrade: 'training', evaluation: 'evaluation' };

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('entitlements', (t) => {
    t.increments('id');
    t.integer('worker_id').unsigned().notNullable().references('id').inTable('workers');
    t.string('family', 16).notNullable();
    t.string('occupation_code', 32).notNullable();
    t.string('level', 8).notNullable();
    t.integer('claim_id').unsigned().notNullable().references('id').inTable('claims');
    t.string('taken_at', 30).notNullable();
    t.integer('taken_by').unsigned().nullable();
    t.string('paid_at', 30).nullable();
    // The rule itself: a second approval of the same key fails here, on every node of a cluster.
    t.unique(['worker_id', 'family', 'occupation_code', 'level'], { indexName: 'entitlements_person_key' });
    t.unique(['claim_id'], { indexName: 'entitlements_claim' });
  });
  await backfill(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('entitlements');
}

/**
 * One entitlement per key from the approved and paid claims: a paid claim before an approved one, then the
 * earliest decided. Where two claims already hold one key (approved before this guard existed), the second gets
 * no row: its payment is then refused, naming the claim that holds the key (core/workflow/entitlements.ts).
 * Returns the claims left without a row, for the log.
 */
export async function backfill(knex: Knex): Promise<number[]> {
  const rows = await knex('claims')
    .leftJoin('programs', 'programs.id', 'claims.program_id')
    .leftJoin('certificates', 'certificates.id', 'claims.certificate_id')
    .whereIn('claims.state', ['approved', 'paid'])
    .whereIn('claims.type', Object.keys(FAMILY))
    .whereNotNull('claims.worker_id')
    .select('claims.id', 'claims.type', 'claims.state', 'claims.worker_id', 'claims.decided_at', 'claims.decided_by', 'claims.paid_at',
      'claims.program_id', 'programs.occupation_code as p_code', 'programs.level as p_level', 'certificates.occupation_code as c_code', 'certificates.level as c_level');
  rows.sort((a, b) => (a.state === b.state ? 0 : a.state === 'paid' ? -1 : 1)
    || String(a.decided_at ?? '').localeCompare(String(b.decided_at ?? '')) || Number(a.id) - Number(b.id));
  // Safe to run again: keys and claims that already have a row keep it.
  const existing = await knex('entitlements').select('worker_id', 'family', 'occupation_code', 'level', 'claim_id');
  const taken = new Set<string>(existing.map((e) => [e.worker_id, e.family, e.occupation_code, e.level].join('|')));
  const holding = new Set<number>(existing.map((e) => Number(e.claim_id)));
  const left: number[] = [];
  const now = new Date().toISOString();
  const insert: Record<string, unknown>[] = [];
  for (const r of rows) {
    const code = r.program_id ? r.p_code : r.c_code;
    const level = r.program_id ? r.p_level : r.c_level;
    if (!code || !level || holding.has(Number(r.id))) continue;
    const key = [r.worker_id, FAMILY[r.type], code, level].join('|');
    if (taken.has(key)) {
      left.push(Number(r.id));
      continue;
    }
    taken.add(key);
    insert.push({
      worker_id: r.worker_id, family: FAMILY[r.type], occupation_code: code, level, claim_id: r.id,
      taken_at: r.decided_at ?? now, taken_by: r.decided_by ?? null, paid_at: r.state === 'paid' ? r.paid_at ?? now : null,
    });
  }
  for (let i = 0; i < insert.length; i += 500) await knex('entitlements').insert(insert.slice(i, i + 500));
  return left;
}
