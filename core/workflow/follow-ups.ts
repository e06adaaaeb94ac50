// Follow-up visits (跟踪回访) after completion, and job recommendations matched to a certified worker (R5).
import type { Knex } from 'knex';

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/** Creates the visits due `months` after completion (e.g. "1,3,6"), once. */
export async function scheduleFollowUps(trx: Knex.Transaction, enrollment: Record<string, unknown>, months: string): Promise<number> {
  const program = await trx('programs').where({ id: enrollment.program_id }).first('region_code');
  const now = new Date().toISOString();
  let created = 0;
  for (const m of months.split(',').map((x) => Number(x.trim())).filter((x) => Number.isInteger(x) && x > 0)) {
    const exists = await trx('follow_ups').where({ enrollment_id: enrollment.id, months_after: m }).first('id');
    if (exists) continue;
    // completed_on is set before this runs (checkCompletion).
    await trx('follow_ups').insert({
      enrollment_id: enrollment.id, worker_id: enrollment.worker_id, region_code: program.region_code,
      due_on: addMonths(enrollment.completed_on as string, m), months_after: m, created_at: now, updated_at: now, version: 1,
    });
    created++;
  }
  return created;
}

/** Skill levels as numbers where higher is better (一级 = 5 … 五级 = 1; 专项 counts as 五级). */
export function levelRank(level: string | null | undefined): number {
  if (!level) return 0;
  return level === 'special' ? 1 : 6 - Number(level);
}

export { addMonths };
