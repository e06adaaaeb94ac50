// The public API under /api/public/ (OpenAPI tag `public`): read-only and cacheable, except the two worker actions.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { Level, RegionCode } from '../schemas/common.js';
import { noStore, sendCached } from './cache.js';
import { newChallenge, challengeNeeded } from './abuse.js';
import { publicRegions } from './regions.js';
import { publicGuide } from './guide.js';
import { publicCase, publicCases } from './cases.js';
import { publicFigures } from './figures.js';
import { findClasses } from './classes.js';
import { publicOccupations } from './occupations.js';
import { registerWish, WishBody } from './wish.js';
import { CodeRequest, checkStatus, requestCode, StatusRequest } from './status.js';
import { registerPublicRateLimit } from './rate-limit.js';

const tags = ['public'];
const security: never[] = [];
const errors = { 400: ErrorBody, 404: ErrorBody, 429: ErrorBody };
const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', maxLength: 7 });
const Code = Type.String({ maxLength: 12, pattern: '^\\d{6}(\\d{3}(\\d{3})?)?$' });

/** Mounted under /api: every route is public (core/auth/authenticate.ts) and returns no personal data. */
export function publicRoutes(api: FastifyInstance, services: Services): void {
  api.register(async (scope) => {
    // Typed through the route schemas: params, query and body need no casts.
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    registerPublicRateLimit(app, services.env);

    app.get('/regions', { schema: { tags, security, summary: '盟市, 旗县 (and 苏木乡镇 where loaded): codes and names' } },
      async (req, reply) => sendCached(req, reply, await publicRegions(services.db.knex), 3600));

    app.get('/guide/:code', { schema: { tags, security, summary: '办事指南 in force for a node: steps, materials (and which data comparison waives), conditions, time limits', params: Type.Object({ code: Code }), response: { 200: Type.Unknown(), 404: ErrorBody } } },
      async (req, reply) => sendCached(req, reply, await publicGuide(services, req.params.code)));

    app.get('/occupations/:code', { schema: { tags, security, summary: 'Occupations of the demand catalog in force for a node (for pickers)', params: Type.Object({ code: Code }) } },
      async (req, reply) => sendCached(req, reply, await publicOccupations(services, req.params.code)));

    app.get('/cases', { schema: { tags, security, summary: '典型案例 published by a node\'s 盟市 subtree and the 自治区 (all without region)', querystring: Type.Object({ region: Type.Optional(Code) }) } },
      async (req, reply) => sendCached(req, reply, await publicCases(services, req.query.region)));

    app.get('/cases/:node/:key', { schema: { tags, security, summary: 'One typical case', params: Type.Object({ node: Code, key: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9-]*$' }) }), response: { 200: Type.Unknown(), 404: ErrorBody } } },
      async (req, reply) => {
        const { node, key } = req.params;
        return sendCached(req, reply, await publicCase(services, node, key));
      });

    app.get('/figures', {
      schema: {
        tags, security, summary: '愿培尽培, people trained, certificates and subsidy paid per 盟市 (or per 旗县 of `league`) and month; counts of 1–4 withheld (null)',
        querystring: Type.Object({ league: Type.Optional(Code), from: Type.Optional(Month), to: Type.Optional(Month) }), response: { 200: Type.Unknown(), 400: ErrorBody, 404: ErrorBody },
      },
    }, async (req, reply) => sendCached(req, reply, await publicFigures(services, req.query)));

    app.get('/classes', {
      schema: {
        tags, security, summary: 'Classes open for enrolment near a 旗县 or 苏木乡镇, nearest first, with the institution\'s standing',
        querystring: Type.Object({ near: RegionCode, occupation: Type.Optional(Type.String({ maxLength: 32 })), level: Type.Optional(Level) }), response: { 200: Type.Unknown(), 400: ErrorBody, 404: ErrorBody },
      },
    }, async (req, reply) => sendCached(req, reply, await findClasses(services, req.query), 60));

    app.get('/challenge', {
      schema: { tags, security, summary: 'A proof-of-work challenge, and whether this address\'s next wish or code request needs one', querystring: Type.Object({ action: Type.Optional(Type.Union([Type.Literal('wish'), Type.Literal('code')])) }) },
    }, async (req, reply) => {
      noStore(reply);
      const action = req.query.action ?? 'wish';
      return { required: await challengeNeeded(services, action, req.ip), ...newChallenge(services) };
    });

    app.post('/wishes', {
      schema: {
        tags, security, summary: '我要培训: register a training or job wish (channel 人社APP/线上); ID checksum, consent, rate limits and a challenge after repeated attempts',
        body: WishBody, response: { 201: Type.Object({ reference: Type.String(), stated_on: Type.String(), region_name: Type.String(), channel: Type.String(), repeated: Type.Boolean() }), ...errors },
      },
    }, async (req, reply) => {
      noStore(reply);
      const receipt = await registerWish(services, req.ctx, req.body);
      return reply.code(receipt.repeated ? 200 : 201).send(receipt);
    });

    app.post('/status/code', {
      schema: { tags, security, summary: '查进度, step 1: send a one-time code to the phone on record (same answer whether or not the number is registered)', body: CodeRequest, response: { 200: Type.Object({ message: Type.String(), ttl_minutes: Type.Integer() }), ...errors } },
    }, async (req, reply) => {
      noStore(reply);
      return requestCode(services, req.ctx, req.body);
    });

    app.post('/status', {
      schema: { tags, security, summary: '查进度, step 2: the worker\'s wishes, enrolments and claims, after the one-time code (used once)', body: StatusRequest, response: { 200: Type.Unknown(), ...errors } },
    }, async (req, reply) => {
      noStore(reply);
      return checkStatus(services, req.ctx, req.body);
    });
  }, { prefix: '/public' });
}
