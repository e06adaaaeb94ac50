// GET /api/<resource>/export?format=xlsx|csv&sort=&filter=: the list as a spreadsheet, scoped, filtered and masked like the
// list, streamed by keyset pages while it is sent (memory flat, cost linear in rows), stopped when the client goes away.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { RequestContext } from '../http/context.js';
import { applyFilter, type ListParams } from '../resources/query.js';
import type { ResourceService } from '../resources/service.js';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { exportColumns, exportReadColumns } from './columns.js';
import { KEYSET_PAGE, keysetRows } from './keyset.js';
import { Pages, sendTable, TABLE_FORMATS, type Row } from './table.js';

export const ExportQuery = Type.Object({
  format: Type.Optional(Type.Union(TABLE_FORMATS.map((f) => Type.Literal(f)), { default: 'xlsx' })),
  sort: Type.Optional(Type.String({ maxLength: 200, description: 'JSON ["field","ASC|DESC"], as the list' })),
  filter: Type.Optional(Type.String({ maxLength: 8000, description: 'JSON filter, as the list' })),
});

/** Exports being streamed by this process now (a download that was abandoned leaves this count at once). */
let streaming = 0;
export const activeExports = () => streaming;

function parsedOrRaw(raw: string | undefined): unknown {
  try { return raw ? JSON.parse(raw) : null; } catch { return raw; }
}

/**
 * The rows of the list, checked before anything is sent: the caller may read it, the sort and filter are valid
 * (their errors are ordinary 400s), and how many rows it has (one count, for the audit entry). Read a keyset page at a
 * time, only the columns the export shows, as stored: exportColumns' columns read them (no API record per row).
 */
export async function exportRows(services: Services, service: ResourceService, ctx: RequestContext, params: ListParams): Promise<{ pages: AsyncGenerator<Row[]>; total: number }> {
  await service.authorize(ctx, 'r');
  const counted = service.scoped(ctx);
  applyFilter(service.def, counted, params.filter, services);
  const pages = keysetRows(services, service, ctx, params, KEYSET_PAGE, exportReadColumns(service.def, services.db.knex));
  const first = await pages.next();
  const total = Number((await counted.clearSelect().count({ n: '*' }).first())?.n ?? 0);
  async function* all(): AsyncGenerator<Row[]> {
    streaming++;
    try {
      if (!first.done) yield first.value;
      yield* pages;
    } finally {
      streaming--;
      await pages.return(undefined);
    }
  }
  return { pages: all(), total };
}

export function exportRoute(fastify: FastifyInstance, services: Services, service: ResourceService): void {
  // Typed through the route schemas: params, query and body need no casts.
  const api = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { def } = service;
  api.get(`/${def.name}/export`, {
    schema: {
      tags: [def.name], summary: `Export ${def.name} as .xlsx or .csv (Chinese headers, money in yuan, personal data masked)`,
      querystring: ExportQuery, response: { 200: Type.Unknown({ description: 'The spreadsheet file' }), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
    },
  }, async (req, reply) => {
    const { format = 'xlsx', sort, filter } = req.query;
    const { pages, total } = await exportRows(services, service, req.ctx, { sort, filter });
    await services.audit.appendNow(services.db.knex, req.ctx, {
      action: 'export', resource: def.name,
      changes: { format, filter: parsedOrRaw(filter), sort: parsedOrRaw(sort), rows: total },
    });
    const columns = await exportColumns(service, services.db.knex);
    return sendTable(reply, new Pages(pages), columns, format, `${def.label}-${services.today()}`);
  });
}
