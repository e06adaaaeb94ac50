// GET /api/<resource>/export?format=xlsx|csv&sort=&filter=: the list as a spreadsheet, scoped, filtered and masked like the list.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { RequestContext } from '../http/context.js';
import type { ListParams } from '../resources/query.js';
import type { ListResult, ResourceService } from '../resources/service.js';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { exportColumns } from './columns.js';
import { sendTable, TABLE_FORMATS, type Row, type TableFormat } from './table.js';

export const PAGE = 1000;

export const ExportQuery = Type.Object({
  format: Type.Optional(Type.Union(TABLE_FORMATS.map((f) => Type.Literal(f)), { default: 'xlsx' })),
  sort: Type.Optional(Type.String({ maxLength: 200, description: 'JSON ["field","ASC|DESC"], as the list' })),
  filter: Type.Optional(Type.String({ maxLength: 8000, description: 'JSON filter, as the list' })),
});

/** Every record of the list, read through ResourceService.list in pages, starting from the page already read. */
export async function* allPages(service: ResourceService, ctx: RequestContext, params: ListParams, first: ListResult): AsyncGenerator<Row> {
  let page = first;
  for (let start = 0; ; start += PAGE) {
    if (start > 0) page = await service.list(ctx, { ...params, range: JSON.stringify([start, start + PAGE - 1]) });
    yield* page.records;
    if (page.records.length < PAGE || start + PAGE >= page.total) return;
  }
}

function parsedOrRaw(raw: string | undefined): unknown {
  try { return raw ? JSON.parse(raw) : null; } catch { return raw; }
}

export function exportRoute(api: FastifyInstance, services: Services, service: ResourceService): void {
  const { def } = service;
  api.get(`/${def.name}/export`, {
    schema: {
      tags: [def.name], summary: `Export ${def.name} as .xlsx or .csv (Chinese headers, money in yuan, personal data masked)`,
      querystring: ExportQuery, response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
    },
  }, async (req, reply) => {
    const { format = 'xlsx', sort, filter } = req.query as { format?: TableFormat; sort?: string; filter?: string };
    const params: ListParams = { sort, filter };
    // The first page is read before anything is sent: refusals and bad filters are ordinary errors.
    const first = await service.list(req.ctx, { ...params, range: JSON.stringify([0, PAGE - 1]) });
    await services.audit.appendNow(services.db.knex, req.ctx, {
      action: 'export', resource: def.name,
      changes: { format, filter: parsedOrRaw(filter), sort: parsedOrRaw(sort), rows: first.total },
    });
    const columns = await exportColumns(def, services.db.knex);
    return sendTable(reply, allPages(service, req.ctx, params, first), columns, format, `${def.label}-${services.today()}`);
  });
}
