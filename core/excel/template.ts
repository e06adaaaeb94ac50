// GET /api/workers/import/template: an empty roster with the accepted headers and the caller's region form fields.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { ROSTER_FIELDS } from './roster.js';
import { sendTable, type TableColumn } from './table.js';

const REQUIRED = new Set(['id_number', 'name', 'category']);

export function templateRoute(api: FastifyInstance, services: Services): void {
  api.get('/workers/import/template', { schema: { tags: ['imports'], summary: 'An empty worker roster (.xlsx) with every column the import reads' } }, async (req, reply) => {
    await services.resources.get('workers').authorize(req.ctx, 'c');
    const columns: TableColumn[] = Object.entries(ROSTER_FIELDS).map(([field, [header]]) => ({ key: field, header: REQUIRED.has(field) ? `${header}*` : header }));
    const region = req.ctx.user?.region_code;
    const form = region ? await services.configs.effective(region, 'form', 'worker', services.today()) : null;
    for (const [name, prop] of Object.entries<{ title?: string }>(form?.body?.schema?.properties ?? {})) {
      columns.push({ key: `extra.${name}`, header: prop.title ?? name });
    }
    return sendTable(reply, [], columns, 'xlsx', '人员花名册模板');
  });
}
