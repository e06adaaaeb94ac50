// Every string and array a client may send is bounded: the request schemas of every route, and every configuration document kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, describeEachDb, type TestApp } from '../test/build-test-app.js';
import { TestClient, total } from '../test/client.js';
import { workerBody } from '../test/fixtures.js';
import { BODY_SCHEMAS, ConfigDocument, RuleTests } from '../configs/kinds/index.js';

type Schema = Record<string, any>;

/** Paths (inside `where`) of strings without maxLength, arrays without maxItems and open objects without maxProperties. */
export function unbounded(schema: Schema | undefined, where: string, out: string[] = [], seen = new Set<Schema>()): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return out;
  seen.add(schema);
  const types = ([] as unknown[]).concat(schema.type ?? []);
  const literal = schema.const !== undefined || Array.isArray(schema.enum);
  if (types.includes('string') && !literal && typeof schema.maxLength !== 'number') out.push(`${where}: string without maxLength`);
  if (types.includes('array') && typeof schema.maxItems !== 'number') out.push(`${where}: array without maxItems`);
  const open = schema.additionalProperties !== undefined && schema.additionalProperties !== false || schema.patternProperties;
  if (types.includes('object') && open && typeof schema.maxProperties !== 'number') out.push(`${where}: open object without maxProperties`);
  for (const [k, v] of Object.entries(schema.properties ?? {})) unbounded(v as Schema, `${where}.${k}`, out, seen);
  for (const [k, v] of Object.entries(schema.patternProperties ?? {})) unbounded(v as Schema, `${where}[${k}]`, out, seen);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') unbounded(schema.additionalProperties, `${where}.*`, out, seen);
  if (schema.items) for (const item of ([] as Schema[]).concat(schema.items)) unbounded(item, `${where}[]`, out, seen);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const [i, s] of (schema[key] ?? []).entries()) unbounded(s, `${where}<${key}${i}>`, out, seen);
  for (const [k, v] of Object.entries({ ...(schema.definitions ?? {}), ...(schema.$defs ?? {}), ...(schema.components?.schemas ?? {}) })) unbounded(v as Schema, `${where}#${k}`, out, seen);
  return out;
}

describe('input bounds', () => {
  let t: TestApp;
  beforeAll(async () => { t = await buildTestApp('sqlite'); }, 60_000);
  afterAll(async () => { await t?.close(); });

  it('bounds every string, array and open object of every route request (bodies, queries, path and header parameters)', () => {
    const doc = t.app.swagger() as Schema;
    const problems: string[] = [];
    for (const [url, item] of Object.entries(doc.paths as Record<string, Schema>)) {
      for (const [method, op] of Object.entries(item)) {
        if (typeof op !== 'object' || !op) continue;
        for (const p of (op.parameters ?? []) as Schema[]) unbounded(p.schema, `${method.toUpperCase()} ${url} ${p.in}:${p.name}`, problems);
        for (const [type, content] of Object.entries((op.requestBody?.content ?? {}) as Record<string, Schema>)) unbounded(content.schema, `${method.toUpperCase()} ${url} body(${type})`, problems);
      }
    }
    expect(Object.keys(doc.paths).length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it('bounds every field of every configuration document kind and of rule test files', () => {
    const problems: string[] = [];
    unbounded(ConfigDocument as Schema, 'ConfigDocument', problems);
    unbounded(RuleTests as Schema, 'RuleTests', problems);
    for (const [kind, schema] of Object.entries(BODY_SCHEMAS)) unbounded(schema as Schema, `${kind}.body`, problems);
    expect(problems).toEqual([]);
  });
});

describeEachDb('input bounds through the API', (t) => {
  it('refuses a 100,000-item traits array (800 KB), an overlong text, 101 form fields and an oversized draft with a 400 naming the field, storing nothing', async () => {
    const admin = await TestClient.login(t().app);
    const before = total(await admin.list('workers'));
    const traits = await admin.post('/api/workers', workerBody({ traits: Array.from({ length: 100_000 }, () => 'youth') }));
    expect(traits.status).toBe(400);
    expect(traits.body).toMatchObject({ field: 'traits' });
    expect(traits.body.message).toMatch(/「人员特征」最多 6 项/);
    const notes = await admin.post('/api/workers', workerBody({ notes: '长'.repeat(2001) }));
    expect(notes.status).toBe(400);
    expect(notes.body.field).toBe('notes');
    const extra = await admin.post('/api/workers', workerBody({ extra: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, 1])) }));
    expect(extra.status).toBe(400);
    expect(extra.body.field).toBe('extra');
    expect(total(await admin.list('workers'))).toBe(before);
    const draft = await admin.post('/api/configs', {
      node_code: '150200', kind: 'catalog', key: 'default', mode: 'extend', title: '示例·过大的草稿', effective_from: '2027-01-01',
      body: { entries: Array.from({ length: 20_000 }, (_, i) => ({ code: `NM-150200-${i}`, name: '示'.repeat(100), note: 'x'.repeat(100) })) },
    });
    expect(draft.status).toBe(400);
    expect(draft.body).toMatchObject({ field: 'body' });
  });
});
