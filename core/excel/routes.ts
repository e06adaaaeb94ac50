// The spreadsheet routes: export of every resource, and the worker roster import with its template and jobs.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { exportRoute } from './export.js';
import { RosterImporter } from './import.js';
import { importRoute } from './import-route.js';
import { jobRoutes } from './job-routes.js';
import { templateRoute } from './template.js';

export function excelRoutes(api: FastifyInstance, services: Services): void {
  for (const service of services.resources.all()) exportRoute(api, services, service);
  const importer = new RosterImporter(services);
  api.addHook('onClose', async () => { await importer.close(); });
  templateRoute(api, services);
  importRoute(api, services, importer);
  jobRoutes(api, services);
}
