// The route modules of the API beyond the generic resources, mounted under /api in this order.
import type { FastifyInstance } from 'fastify';
import type { Services } from './services.js';
import { healthRoutes } from './http/health.js';
import { authRoutes } from './auth/routes.js';
import { auditRoutes } from './audit/routes.js';
import { configRoutes } from './configs/routes.js';
import { excelRoutes } from './excel/routes.js';
import { riskRoutes } from './risk/routes.js';
import { workflowRoutes } from './workflow/routes.js';
import { rulesRoutes } from './rules/routes.js';
import { reportRoutes } from './reports/routes.js';
import { verificationRoutes } from './verification/routes.js';
import { jobRoutes } from './jobs/routes.js';
import { publicRoutes } from './public/routes.js';
import { lookupRoutes } from './lookup/routes.js';
import { transitionRoutes } from './workflow/transitions.js';
import { attendanceRoutes } from './attendance/routes.js';

export const VERSION = '0.1.0';

export type RouteModule = (api: FastifyInstance, services: Services) => void;

export const MODULES: RouteModule[] = [
  (api, services) => healthRoutes(api, services, VERSION),
  authRoutes,
  auditRoutes,
  configRoutes,
  excelRoutes,
  riskRoutes,
  workflowRoutes,
  rulesRoutes,
  reportRoutes,
  verificationRoutes,
  jobRoutes,
  publicRoutes,
  lookupRoutes,
  transitionRoutes,
  attendanceRoutes,
];
