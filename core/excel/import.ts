// The roster import: a job row first, then each sheet row through the real workers service, in the background.
import type { RequestContext } from '../http/context.js';
import { ApiError } from '../http/errors.js';
import { maskText } from '../pii/mask.js';
import { importRow } from './import-row.js';
import type { Services } from '../services.js';
import type { EffectiveDocument } from '../configs/resolve.js';
import { createJob, updateJob, type RowError } from './jobs.js';
import { readSheet } from './read.js';
import { maskedValues, rosterLayout } from './roster-row.js';

export interface ImportRequest {
  filename: string;
  bytes: Buffer;
  /** Region of rows without a 所属地区代码 (else the importer's own node). */
  regionCode?: string;
}

const FLUSH_MS = 500;

export class RosterImporter {
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(private readonly services: Services) {}

  /** Records the job and starts it; returns its id at once. */
  async start(ctx: RequestContext, req: ImportRequest): Promise<number> {
    const { knex } = this.services.db;
    const id = await createJob(knex, { resource: 'workers', filename: req.filename, region_code: req.regionCode ?? null, created_by: ctx.user?.id ?? null });
    await this.services.audit.appendNow(knex, ctx, { action: 'import', resource: 'workers', recordId: id, changes: { job_id: id, filename: req.filename, status: 'queued' } });
    const run = this.run(id, { ...ctx, requestId: `${ctx.requestId}:import-${id}` }, req)
      .catch((err) => this.fail(id, err))
      .finally(() => this.running.delete(run));
    this.running.add(run);
    return id;
  }

  /** Stops taking rows and waits for the jobs in flight (on shutdown). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.running]);
  }

  private async fail(id: number, err: unknown): Promise<void> {
    const message = err instanceof ApiError ? err.message : '导入失败：服务器内部错误，已记录';
    if (!(err instanceof ApiError)) this.services.log.error({ err, job: id }, 'import failed');
    await updateJob(this.services.db.knex, id, { status: 'failed', message, finished_at: new Date().toISOString() }).catch(() => undefined);
  }

  private async run(id: number, ctx: RequestContext, req: ImportRequest): Promise<void> {
    const { knex } = this.services.db;
    const sheet = await readSheet(req.filename, req.bytes);
    const defaultRegion = req.regionCode ?? ctx.user?.region_code;
    const forms = new Map<string, Promise<EffectiveDocument | null>>();
    const formOf = (region: string) => {
      if (!forms.has(region)) forms.set(region, this.services.configs.effective(region, 'form', 'worker', this.services.today()).catch(() => null));
      return forms.get(region)!;
    };
    const layout = rosterLayout(sheet.headers, defaultRegion ? await formOf(defaultRegion) : null);
    const warnings = layout.unknown.map((h) => ({ field: h, message: `未识别的列「${h}」，已忽略` }));
    await updateJob(knex, id, { status: 'running', total: sheet.rows.length, headers: layout.columns, warnings });

    const counts = { processed: 0, succeeded: 0, failed: 0 };
    const errors: RowError[] = [];
    let flushed = Date.now();
    for (const { row, cells } of sheet.rows) {
      if (this.closing) {
        await updateJob(knex, id, { ...counts, errors, status: 'failed', message: '服务停止，导入中断：已导入的行保留', finished_at: new Date().toISOString() });
        return;
      }
      const problem = await importRow(this.services, ctx, { sheet, layout, cells, defaultRegion, formOf });
      counts.processed++;
      if (problem) {
        counts.failed++;
        errors.push({ row, field: problem.field, message: maskText(problem.message), values: maskedValues(layout, cells) });
      } else counts.succeeded++;
      if (Date.now() - flushed > FLUSH_MS) {
        await updateJob(knex, id, counts.failed > 0 && errors.length <= 1000 ? { ...counts, errors } : counts);
        flushed = Date.now();
      }
    }
    await updateJob(knex, id, { ...counts, errors, status: 'done', finished_at: new Date().toISOString() });
    await this.services.audit.appendNow(knex, ctx, { action: 'import', resource: 'workers', recordId: id, changes: { job_id: id, filename: req.filename, ...counts, status: 'done' } });
  }
}
