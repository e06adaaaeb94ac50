// Names of records for pickers and reference fields, from GET /api/lookup/:resource (scoped like the records, searched
// on the server). Reached through react-admin's data hooks as the pseudo-resource `lookup/<resource>`, so references on
// a page are fetched together in one call.
import type { DataProvider, GetListParams, GetListResult, GetManyParams, GetManyResult, RaRecord } from 'react-admin';
import { API_URL, httpClient } from './httpClient';
import { query } from './api';

export const LOOKUP = 'lookup/';
export const lookupResource = (resource: string) => `${LOOKUP}${resource}`;
export const isLookup = (resource: string) => resource.startsWith(LOOKUP);

export interface LabelRecord extends RaRecord { label: string }

const get = (resource: string, params: Record<string, unknown>) =>
  httpClient(`${API_URL}/${resource}${query(params)}`).then(({ json }) => json as LabelRecord[]);

// react-admin's getMany/getList are generic in the caller's record type: what a lookup resource answers is a label
// record, and the callers that read `lookup/<resource>` (reference fields and pickers) ask for nothing more.
const asRecords = <R extends RaRecord>(data: LabelRecord[]) => data as unknown as R[];

export const lookupMany = async <R extends RaRecord = LabelRecord>(resource: string, params: GetManyParams): Promise<GetManyResult<R>> => {
  const ids = [...new Set(params.ids)].filter((id) => id !== null && id !== undefined && id !== '');
  if (ids.length === 0) return { data: [] };
  const data: LabelRecord[] = [];
  // The endpoint answers up to 50 ids at a time.
  for (let i = 0; i < ids.length; i += 50) data.push(...await get(resource, { ids: ids.slice(i, i + 50) }));
  return { data: asRecords<R>(data) };
};

export const lookupList = async <R extends RaRecord = LabelRecord>(resource: string, params: GetListParams): Promise<GetListResult<R>> => {
  const { q, ...filter } = (params.filter ?? {}) as Record<string, unknown>;
  const data = await get(resource, { q: q || undefined, filter: Object.keys(filter).length ? filter : undefined, limit: params.pagination?.perPage });
  return { data: asRecords<R>(data), total: data.length };
};

/** Routes `lookup/<resource>` reads to the lookup endpoint, everything else to `base`. */
export const withLookup = (base: DataProvider): DataProvider => ({
  ...base,
  getMany: (resource, params) => (isLookup(resource) ? lookupMany(resource, params) : base.getMany(resource, params)),
  getList: (resource, params) => (isLookup(resource) ? lookupList(resource, params) : base.getList(resource, params)),
});
