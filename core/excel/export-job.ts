// An export as a background job: the same keyset stream as GET /<resource>/export, written into the job's stored file
// (download from any replica at /api/jobs/:id/download), with progress and cancellation every page or few thousand rows.
import { PassThrough } from 'node:stream';
import { Type } from '@sinclair/typebox';
import { badRequest } from '../http/errors.js';
import type { JobDefinition } from '../jobs/types.js';
import { exportColumns } from './columns.js';
import { exportRows } from './export.js';
import { CONTENT_TYPES, Pages, TABLE_FORMATS, writeTable, type Row, type TableFormat } from './table.js';

export interface ExportParams {
  resource: string;
  format: TableFormat;
  sort?: string;
  filter?: string;
}

/** Rows between progress reports (and cancellation checks): at most one per keyset page. */
const STEP = 2000;

export const exportJob: JobDefinition<ExportParams> = {
  kind: 'export',
  label: '导出数据',
  start: {
    params: Type.Object({
      resource: Type.String({ maxLength: 32 }),
      format: Type.Union(TABLE_FORMATS.map((f) => Type.Literal(f)), { default: 'xlsx' }),
      sort: Type.Optional(Type.String({ maxLength: 200 })),
      filter: Type.Optional(Type.String({ maxLength: 8000 })),
    }, { additionalProperties: false }),
    async prepare(services, ctx, p) {
      const service = services.resources.all().find((s) => s.def.name === p.resource);
      if (!service) throw badRequest(`没有名为「${p.resource}」的数据`, 'resource');
      // Refusals and bad filters answer the request, not a failed job later.
      const { pages } = await exportRows(services, service, ctx, { sort: p.sort, filter: p.filter });
      await pages.return(undefined);
      return { title: `${service.def.label}-${services.today()}.${p.format}` };
    },
  },
  async run(job) {
    const { services, ctx, params } = job;
    const service = services.resources.get(params.resource);
    const { pages, total } = await exportRows(services, service, ctx, { sort: params.sort, filter: params.filter });
    await job.setTotal(total);
    await services.audit.appendNow(services.db.knex, ctx, { action: 'export', resource: params.resource, recordId: null, changes: { job_id: job.job.id, format: params.format, filter: params.filter ?? null, sort: params.sort ?? null, rows: total } });
    let n = 0;
    let reported = 0;
    async function* counted(): AsyncGenerator<Row[]> {
      for await (const page of pages) {
        yield page;
        n += page.length;
        if (n - reported >= STEP) {
          reported = n;
          await job.checkpoint();
          await job.progress({ processed: n });
        }
      }
    }
    const out = new PassThrough();
    const written = writeTable(out, new Pages(counted()), await exportColumns(service, services.db.knex), params.format, job.signal);
    written.catch((err) => out.destroy(err));
    const [size] = await Promise.all([job.writeFile('result', out), written]);
    await job.progress({ processed: n });
    return {
      message: `已导出 ${n.toLocaleString('en-US')} 行`,
      result: { file: { name: 'result', type: CONTENT_TYPES[params.format] }, filename: job.job.title, bytes: size },
    };
  },
};
