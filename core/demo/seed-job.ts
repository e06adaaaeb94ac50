// Demo seeding as a background job: fictional workers (示例·…) added in batches of 2,000, each batch with its own
// random seed and key, so an interrupted seeding resumes where it stopped and never adds a batch twice.
import { Type } from '@sinclair/typebox';
import { forbidden } from '../http/errors.js';
import type { JobDefinition } from '../jobs/types.js';
import { Random } from './random.js';
import { workerRows } from './seed.js';

const BATCH = 2000;

export const demoSeedJob: JobDefinition<{ workers: number; seed: number }> = {
  kind: 'demo_seed',
  label: '生成演示数据',
  start: {
    params: Type.Object({
      workers: Type.Integer({ minimum: 1, maximum: 5_000_000, description: 'How many fictional workers to add' }),
      seed: Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1, default: 20240207 }),
    }, { additionalProperties: false }),
    async prepare(_services, ctx, p) {
      if (ctx.user?.role !== 'platform_admin') throw forbidden('只有平台管理员可以生成演示数据');
      return { title: `生成演示人员 ${p.workers.toLocaleString('en-US')} 名` };
    },
  },
  async run(job) {
    const { services, ctx, params } = job;
    await job.setTotal(params.workers);
    const committed = await job.committedBatches();
    for (let no = 0; no * BATCH < params.workers; no++) {
      if (committed.has(no)) continue;
      const n = Math.min(BATCH, params.workers - no * BATCH);
      const rows = workerRows(services, new Random(params.seed + no * 7919), n, 0).map(({ id: _id, ...r }) => r);
      await job.batch(no, async (trx) => {
        // A number drawn again (a later run, another seed) is skipped, not an error.
        const taken = new Set<string>();
        for (let i = 0; i < rows.length; i += 500) {
          for (const f of await trx('workers').whereIn('id_number_idx', rows.slice(i, i + 500).map((r) => r.id_number_idx)).select('id_number_idx')) taken.add(f.id_number_idx);
        }
        const now = new Date().toISOString();
        const fresh = rows.filter((r) => !taken.has(r.id_number_idx)).map((r) => ({ ...r, created_at: now, updated_at: now, created_by: ctx.user?.id ?? null, updated_by: ctx.user?.id ?? null, version: 1 }));
        for (let i = 0; i < fresh.length; i += 250) await trx('workers').insert(fresh.slice(i, i + 250));
        await services.audit.append(trx, ctx, { action: 'import', resource: 'workers', changes: { job_id: job.job.id, batch: no, demo_workers: fresh.length, skipped_existing: rows.length - fresh.length } });
        return { processed: n, succeeded: fresh.length, failed: 0 };
      });
    }
    return { message: `已生成演示人员 ${job.job.succeeded.toLocaleString('en-US')} 名` };
  },
};
