// The spreadsheet routes: export of every resource, and the worker roster import with its template (the import runs as a job).
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { exportRoute } from './export.js';
import { importRoute } from './import-route.js';
import { templateRoute } from './template.js';

export function excelRoutes(api: FastifyInstance, services: Services): void {
  for (const service of services.resources.all()) exportRoute(api, services, service);
  templateRoute(api, services);
  importRoute(api, services);
}
