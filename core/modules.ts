// The route modules of the API beyond the generic resources, mounted under /api in this order.
import type { FastifyInstance } from 'fastify';
import type { Services } from './services.js';
import { healthRoutes } from './http/health.js';
import { authRoutes } from './auth/routes.js';
import { auditRoutes } from './audit/routes.js';

export const VERSION = '0.1.0';

export type RouteModule = (api: FastifyInstance, services: Services) => void;

export const MODULES: RouteModule[] = [
  (api, services) => healthRoutes(api, services, VERSION),
  authRoutes,
  auditRoutes,
];
