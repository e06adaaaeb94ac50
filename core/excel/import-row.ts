// One roster row through the real workers service: read, checked against the POST schema, created; or why not.
import type { EffectiveDocument } from '../configs/resolve.js';
import type { RequestContext } from '../http/context.js';
import { ApiError } from '../http/errors.js';
import type { Services } from '../services.js';
import type { Sheet } from './read.js';
import { ROSTER_FIELDS } from './roster.js';
import { CellError } from './roster-values.js';
import { coreFields, extraFields, type RosterLayout } from './roster-row.js';
import { rowProblem } from './validate-row.js';

export interface RowInput {
  sheet: Sheet;
  layout: RosterLayout;
  cells: string[];
  defaultRegion: string | undefined;
  formOf: (region: string) => Promise<EffectiveDocument | null>;
}

/** Creates one worker as the importer; returns why the row failed, or null. */
export async function importRow(services: Services, ctx: RequestContext, { sheet, layout, cells, defaultRegion, formOf }: RowInput): Promise<{ field: string | null; message: string } | null> {
  const service = services.resources.get('workers');
  const headerOf = (field: string) => sheet.headers[layout.fields.indexOf(field)] || ROSTER_FIELDS[field]?.[0];
  try {
    const body = coreFields(layout, sheet.headers, cells);
    body.region_code ??= defaultRegion;
    const extra = extraFields(typeof body.region_code === 'string' ? await formOf(body.region_code) : null, layout, sheet.headers, cells);
    if (Object.keys(extra).length > 0) body.extra = extra;
    const problem = rowProblem(service.def.create!, body, headerOf);
    if (problem) return problem;
    await service.create(ctx, body);
    return null;
  } catch (err) {
    if (err instanceof CellError || err instanceof ApiError) return { field: err.field ?? null, message: err.message };
    services.log.error({ err }, 'import row failed');
    return { field: null, message: '服务器内部错误，该行未导入，请稍后重试' };
  }
}
