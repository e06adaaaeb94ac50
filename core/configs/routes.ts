// Routes of configuration documents beyond CRUD: publish, retire, diff, validate, vocabulary, effective document.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { badRequest } from '../http/errors.js';
import { DateString, IdParams } from '../schemas/common.js';
import { CONFIG_KINDS, KIND_KEYS, type ConfigKind } from './kinds/index.js';
import { ConfigRecord } from './documents.js';

const Problems = Type.Array(Type.Object({ path: Type.String(), message: Type.String() }));
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function configRoutes(app: FastifyInstance, services: Services): void {
  const tags = ['configs'];
  const configs = () => services.configs;

  app.post('/configs/:id/publish', { schema: { tags, summary: 'Validate and publish a draft', params: IdParams, response: { 200: ConfigRecord, ...errors } } },
    async (req) => configs().publish(req.ctx, (req.params as { id: string }).id));

  app.post('/configs/:id/retire', { schema: { tags, summary: 'Retire a published version', params: IdParams, response: { 200: ConfigRecord, ...errors } } },
    async (req) => configs().retire(req.ctx, (req.params as { id: string }).id));

  app.get('/configs/:id/diff', {
    schema: { tags, summary: 'What publishing this document changes in the effective document', params: IdParams, querystring: Type.Object({ date: Type.Optional(DateString) }) },
  }, async (req) => configs().diff(req.ctx, (req.params as { id: string }).id, (req.query as { date?: string }).date));

  app.post('/configs/validate', {
    schema: {
      tags, summary: 'Check a document as publishing would (meta-schema, facts and operators, inheritance) without storing it',
      body: Type.Unknown(), response: { 200: Type.Object({ ok: Type.Boolean(), errors: Problems }) },
    },
  }, async (req) => {
    const problems = await configs().check(req.body);
    return { ok: problems.length === 0, errors: problems };
  });

  app.get('/configs/vocabulary', { schema: { tags, summary: 'Facts and operators rules may use, with Chinese labels' } }, async () => ({
    facts: [...services.plugins.facts.values()].map((f) => ({ id: f.id, label: f.label, plugin: f.plugin, fields: f.fields ?? {} })),
    operators: [...services.plugins.operators.values()].map((o) => ({ name: o.name, label: o.label, plugin: o.plugin })),
    checks: [...services.plugins.checks.values()].map((c) => ({ id: c.id, label: c.label, source: c.source, plugin: c.plugin })),
  }));

  app.get('/regions/:code/effective/:kind', {
    schema: {
      tags, summary: 'The document in force for a node, kind and date, merged from its ancestors, with where each part came from',
      params: Type.Object({ code: Type.String({ maxLength: 12 }), kind: Type.Union(CONFIG_KINDS.map((k) => Type.Literal(k))) }),
      querystring: Type.Object({ date: Type.Optional(DateString), key: Type.Optional(Type.String({ maxLength: 32 })) }),
      response: { 404: ErrorBody, 400: ErrorBody },
    },
  }, async (req) => {
    const { code, kind } = req.params as { code: string; kind: ConfigKind };
    const { date = services.today(), key = KIND_KEYS[kind][0] } = req.query as { date?: string; key?: string };
    if (!KIND_KEYS[kind].includes(key)) throw badRequest(`文档键「${key}」不适用，可选：${KIND_KEYS[kind].join('、')}`, 'key');
    const doc = await configs().effective(code, kind, key, date);
    if (!doc) throw await configs().explainMissing(code, kind, key, date);
    return doc;
  });
}
