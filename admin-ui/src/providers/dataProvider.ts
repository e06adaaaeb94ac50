// The data provider: ra-data-simple-rest, unchanged, on /api with the bearer-token client; records' names come from /api/lookup.
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, httpClient } from './httpClient';
import { withLookup } from './lookupProvider';

export const dataProvider = withLookup(simpleRestProvider(API_URL, httpClient));
