// Routes of configuration documents beyond CRUD: publish, retire, diff, validate, vocabulary, effective document.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Services } from '../services.js';
import { ErrorBody } from '../http/error-handler.js';
import { badRequest } from '../http/errors.js';
import { DateString, IdParams } from '../schemas/common.js';
import { CONFIG_KINDS, KIND_KEYS, keyProblem, type ConfigDocument, type ConfigKind } from './kinds/index.js';
import { isPlainObject } from '../rules/compiler/shape.js';
import { ConfigRecord } from './documents.js';
import { readTests, saveTests } from './tests-store.js';
import { fieldTypes } from './field-types.js';
import { approveCase, sendBackCase, submitCase } from './review.js';

const Problems = Type.Array(Type.Object({ path: Type.String(), message: Type.String() }));
const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function configRoutes(fastify: FastifyInstance, services: Services): void {
  // Typed through the schemas below: params, query and body need no casts.
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['configs'];
  const configs = () => services.configs;

  app.post('/configs/:id/publish', { schema: { tags, summary: 'Validate and publish a draft', params: IdParams, response: { 200: ConfigRecord, ...errors } } },
    async (req) => configs().publish(req.ctx, req.params.id));

  app.post('/configs/:id/submit', { schema: { tags, summary: 'Submit a typical case (kind case) for review before publishing', params: IdParams, response: { 200: ConfigRecord, ...errors } } },
    async (req) => submitCase(services, req.ctx, req.params.id));

  app.post('/configs/:id/approve', { schema: { tags, summary: 'Approve and publish a typical case in review (not by its submitter)', params: IdParams, response: { 200: ConfigRecord, ...errors } } },
    async (req) => approveCase(services, req.ctx, req.params.id));

  app.post('/configs/:id/send_back', {
    schema: {
      tags, summary: 'Send a typical case in review back to draft, with the reason', params: IdParams,
      body: Type.Object({ note: Type.String({ minLength: 1, maxLength: 500 }) }), response: { 200: ConfigRecord, ...errors },
    },
  }, async (req) => sendBackCase(services, req.ctx, req.params.id, req.body.note));

  app.post('/configs/:id/retire', { schema: { tags, summary: 'Retire a published version', params: IdParams, response: { 200: ConfigRecord, ...errors } } },
    async (req) => configs().retire(req.ctx, req.params.id));

  app.get('/configs/:id/diff', {
    schema: { tags, summary: 'What publishing this document changes in the effective document', params: IdParams, querystring: Type.Object({ date: Type.Optional(DateString) }) },
  }, async (req) => configs().diff(req.ctx, req.params.id, req.query.date));

  app.post('/configs/validate', {
    schema: {
      tags, summary: 'Check a document as publishing would (meta-schema, facts and operators, inheritance) without storing it',
      body: Type.Unknown(), response: { 200: Type.Object({ ok: Type.Boolean(), errors: Problems }) },
    },
  }, async (req) => {
    const problems = await configs().check(req.body);
    return { ok: problems.length === 0, errors: problems };
  });

  app.post('/configs/merged', {
    schema: {
      tags, summary: 'The effective document a node would get with this (unsaved) document in place of its own, with every problem publishing would report',
      body: Type.Unknown(),
    },
  }, async (req) => {
    const doc = req.body;
    const problems = await configs().check(doc);
    if (!isPlainObject(doc) || !CONFIG_KINDS.includes(doc.kind as ConfigKind) || typeof doc.node !== 'string' || typeof doc.effective_from !== 'string') return { merged: null, problems };
    // Only the fields checked above are known; mergedWith validates the whole document before merging it.
    const merged = await configs().mergedWith(req.ctx, doc as unknown as ConfigDocument);
    return { merged, problems };
  });

  app.get('/configs/vocabulary', { schema: { tags, summary: 'Facts and operators rules may use, with Chinese labels' } }, async () => ({
    facts: [...services.plugins.facts.values()].map((f) => ({ id: f.id, label: f.label, plugin: f.plugin, fields: f.fields ?? {}, types: fieldTypes(services.plugins)[f.id] ?? {} })),
    operators: [...services.plugins.operators.values()].map((o) => ({ name: o.name, label: o.label, plugin: o.plugin })),
    checks: [...services.plugins.checks.values()].map((c) => ({ id: c.id, label: c.label, source: c.source, plugin: c.plugin })),
  }));

  const TestsParams = Type.Object({ node: Type.String({ maxLength: 12 }), key: Type.String({ maxLength: 32 }) });
  app.get('/config-tests/:node/:key', {
    schema: { tags, summary: 'A node’s rule test cases for a rule set (versioned), with the cases it inherits and its history', params: TestsParams, response: { 200: Type.Unknown(), 400: ErrorBody, 404: ErrorBody } },
  }, async (req) => {
    const { node, key } = req.params;
    return readTests(services, req.ctx, node, key);
  });

  app.put('/config-tests/:node/:key', {
    schema: {
      tags, summary: 'Save a node’s rule test cases as a new version (checked like configs/; a stale version is a 409)', params: TestsParams,
      body: Type.Object({ body: Type.Unknown(), version: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])) }, { additionalProperties: false }),
      response: { 200: Type.Unknown(), ...errors },
    },
  }, async (req) => {
    const { node, key } = req.params;
    return saveTests(services, req.ctx, node, key, req.body);
  });

  app.get('/regions/:code/effective/:kind', {
    schema: {
      tags, summary: 'The document in force for a node, kind and date, merged from its ancestors, with where each part came from',
      params: Type.Object({ code: Type.String({ maxLength: 12 }), kind: Type.Union(CONFIG_KINDS.map((k) => Type.Literal(k))) }),
      querystring: Type.Object({ date: Type.Optional(DateString), key: Type.Optional(Type.String({ maxLength: 32 })) }),
      response: { 200: Type.Unknown(), 404: ErrorBody, 400: ErrorBody },
    },
  }, async (req) => {
    const { code, kind } = req.params;
    const { date = services.today(), key = KIND_KEYS[kind][0] ?? '' } = req.query;
    const problem = keyProblem(kind, key);
    if (problem) throw badRequest(`文档键「${key}」不适用：${problem}`, 'key');
    const doc = await configs().effective(code, kind, key, date);
    if (!doc) throw await configs().explainMissing(code, kind, key, date);
    return doc;
  });
}
