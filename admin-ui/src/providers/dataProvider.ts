// The data provider: ra-data-simple-rest on /api with the bearer-token client; records' names come from /api/lookup.
// A large list's total is an estimate (the server says so with X-Total-Estimated): getList passes that on as
// meta.totalEstimated for the pagination.
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import { API_URL, httpClient } from './httpClient';
import { withLookup } from './lookupProvider';

const estimated = new Map<string, boolean>();

const listAware: typeof httpClient = async (url, options) => {
  const res = await httpClient(url, options);
  const resource = url.slice(API_URL.length + 1).split('?')[0];
  if (!resource.includes('/')) estimated.set(resource, res.headers.get('X-Total-Estimated') === 'true');
  return res;
};

const base = simpleRestProvider(API_URL, listAware);

export const dataProvider: DataProvider = withLookup({
  ...base,
  async getList(resource, params) {
    const result = await base.getList(resource, params);
    return estimated.get(resource) ? { ...result, meta: { ...result.meta, totalEstimated: true } } : result;
  },
});
