// The data provider: ra-data-simple-rest, unchanged, on /api with the bearer-token client.
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, httpClient } from './httpClient';

export const dataProvider = simpleRestProvider(API_URL, httpClient);
