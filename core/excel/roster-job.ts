// The roster import as a durable job: the uploaded file (stored with the job) read as a stream, rows written in batches
// keyed by job and batch number, so a resumed job skips what an earlier attempt committed and writes nothing twice.
import { badRequest } from '../http/errors.js';
import type { JobDefinition } from '../jobs/types.js';
import { rosterLayout } from './roster-row.js';
import { OutOfScope, RosterBatch } from './roster-batch.js';
import { sheetRows, type SheetRow } from './read-stream.js';

export interface RosterParams {
  filename: string;
  /** Region of rows without a 所属地区代码 (else the importer's own node). */
  region_code?: string | null;
  /** Rows per batch, fixed when the job is recorded: a resumed job cuts the file into the same batches. */
  batch_rows?: number;
}

export const rosterImportJob: JobDefinition<RosterParams> = {
  kind: 'roster_import',
  label: '导入花名册',
  async run(job) {
    const { services, ctx, params } = job;
    const maxRows = services.env.IMPORT_MAX_ROWS;
    const batchRows = params.batch_rows ?? services.env.IMPORT_BATCH_ROWS;
    const rows = () => sheetRows(params.filename, job.readFile('input'));

    // A first pass counts the rows (the progress bar's total) and refuses an empty or oversized file before writing.
    let headers: string[] | null = null;
    let total = 0;
    for await (const r of rows()) {
      if (headers === null) headers = r.cells.map((h) => h.trim());
      else if (++total > maxRows) throw badRequest(`一次最多导入 ${maxRows.toLocaleString('en-US')} 行，请分批导入`, 'file');
    }
    if (headers === null) throw badRequest('文件中没有内容', 'file');
    if (total === 0) throw badRequest('文件只有表头，没有数据行', 'file');
    if (job.job.total !== total) await job.setTotal(total);

    const defaultRegion = params.region_code ?? ctx.user?.region_code;
    const form = defaultRegion ? await services.configs.effective(defaultRegion, 'form', 'worker', services.today()).catch(() => null) : null;
    const layout = rosterLayout(headers, form);
    await job.note({ headers: layout.columns, warnings: layout.unknown.map((h) => ({ field: h, message: `未识别的列「${h}」，已忽略` })) });
    await services.resources.get('workers').authorize(ctx, 'c');

    const writer = new RosterBatch(services, ctx, { headers, layout, defaultRegion });
    const committed = await job.committedBatches();
    let batchNo = 0;
    let pending: SheetRow[] = [];
    /** The batch being written: the next one is read and checked meanwhile (this process's work beside the database's). */
    let writing: Promise<void> = Promise.resolve();
    const write = async (no: number, batch: SheetRow[], checked: Awaited<ReturnType<RosterBatch['check']>>) => {
      try {
        await job.batch(no, (trx) => writer.write(trx, no, job.job.id, batch, checked));
      } catch (err) {
        if (!(err instanceof OutOfScope)) throw err;
        // Rolled back whole: written again without the rows the importer may not create, which are reported.
        for (const idx of err.hidden) writer.outOfScope.add(idx);
        await job.batch(no, (trx) => writer.write(trx, no, job.job.id, batch, checked));
      }
    };
    const flush = async () => {
      const no = batchNo++;
      const batch = pending.map((r) => ({ row: r.row, cells: headers!.map((_, i) => r.cells[i] ?? '') }));
      pending = [];
      // Committed by an earlier attempt (before a crash or a takeover): already written, counted and audited.
      if (committed.has(no)) return;
      // Checked outside any transaction, while the batch before is written. Its rows are not yet visible, so a number
      // repeated across the two batches is refused by the check inside this batch's own transaction (write).
      const checked = await writer.check(batch);
      await writing;
      writing = write(no, batch, checked);
      // Awaited by the next flush or at the end; a failure surfaces there.
      writing.catch(() => undefined);
    };
    let header = true;
    try {
      for await (const r of rows()) {
        if (header) { header = false; continue; }
        pending.push(r);
        if (pending.length >= batchRows) await flush();
      }
      if (pending.length > 0) await flush();
    } finally {
      // A file that fails to read ends the job only once the batch in flight has settled.
      await writing.catch(() => undefined);
    }
    await writing;

    const { processed, succeeded, failed } = job.job;
    await services.audit.appendNow(services.db.knex, ctx, { action: 'import', resource: 'workers', recordId: job.job.id, changes: { job_id: job.job.id, filename: params.filename, processed, succeeded, failed, status: 'done' } });
    return { message: `共 ${total.toLocaleString('en-US')} 行：成功导入 ${succeeded.toLocaleString('en-US')} 行，失败 ${failed.toLocaleString('en-US')} 行` };
  },
};
