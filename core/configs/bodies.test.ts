// Bodies typed by kind: the gate from parsed JSON (isBodyOf), the types readers get, and a stored row that no longer passes.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { ROOT } from '../paths.js';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { isBodyOf, validateDocument, type CatalogEntry, type ConfigKind, type FormBody, type Rule, type RulesetBody } from './kinds/index.js';
import { resolveLayers } from './merge.js';
import type { EffectiveDocument } from './resolve.js';

const shipped = (): Array<{ file: string; kind: ConfigKind; body: unknown }> => {
  const out: Array<{ file: string; kind: ConfigKind; body: unknown }> = [];
  const dir = path.join(ROOT, 'configs');
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.json') || file.includes('tests/') || file.startsWith('.')) continue;
    const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (doc.kind) out.push({ file, kind: doc.kind, body: doc.body });
  }
  return out;
};

describe('isBodyOf: the one gate from parsed JSON to a typed body', () => {
  it('admits every shipped document under its own kind, and none under another', () => {
    const docs = shipped();
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['catalog', 'ruleset', 'form', 'guide', 'param']));
    for (const d of docs) expect(isBodyOf(d.kind, d.body), d.file).toBe(true);
    const catalog = docs.find((d) => d.kind === 'catalog')!;
    expect(isBodyOf('ruleset', catalog.body)).toBe(false);
    expect(isBodyOf('form', catalog.body)).toBe(false);
  });

  it('refuses what the type would lie about: a missing list, an entry without levels, a rule of the wrong shape', () => {
    const catalog = shipped().find((d) => d.kind === 'catalog')!.body as { entries: Array<Record<string, unknown>> };
    expect(isBodyOf('catalog', { ...catalog, entries: undefined })).toBe(false);
    const [first, ...rest] = catalog.entries;
    const { levels: _levels, ...withoutLevels } = first;
    expect(isBodyOf('catalog', { ...catalog, entries: [withoutLevels, ...rest] })).toBe(false);
    expect(isBodyOf('ruleset', { name: 'x', description: 'x', basis: 'x', rules: [{ id: 'a' }] })).toBe(false);
    expect(isBodyOf('param', null)).toBe(false);
  });

  it('leaves unique items to validateDocument, which reports them (the type does not say them)', () => {
    const catalog = structuredClone(shipped().find((d) => d.kind === 'catalog' && d.file.startsWith('150000'))!.body) as { entries: Array<{ kinds: string[] }> };
    catalog.entries[0].kinds = [catalog.entries[0].kinds[0], catalog.entries[0].kinds[0]];
    expect(isBodyOf('catalog', catalog)).toBe(true);
    const doc = { kind: 'catalog', key: 'default', node: '150000', mode: 'base', title: 't', effective_from: '2025-01-01', effective_to: null, body: catalog };
    expect(validateDocument(doc).map((e) => e.path)).toContain('/body/entries/0/kinds');
  });

  it('types what readers get by kind, the effective body with removals applied', () => {
    expectTypeOf<EffectiveDocument<'catalog'>['body']['entries']>().toEqualTypeOf<CatalogEntry[]>();
    expectTypeOf<EffectiveDocument<'ruleset'>['body']['rules']>().toEqualTypeOf<Rule[]>();
    expectTypeOf<EffectiveDocument<'form'>['body']>().toEqualTypeOf<FormBody>();
    expectTypeOf<EffectiveDocument<'ruleset'>['body']>().toExtend<RulesetBody>();
    const narrow = (doc: EffectiveDocument) => (doc.kind === 'catalog' ? doc.body.entries.length : doc.kind === 'form' ? Object.keys(doc.body.schema.properties).length : 0);
    expectTypeOf(narrow).returns.toEqualTypeOf<number>();
  });

  it('a base rule set or guide holding a removal (refused at publish) resolves without it', () => {
    const rules = (shipped().find((d) => d.kind === 'ruleset' && d.file.startsWith('150000'))!.body as RulesetBody);
    const body = { ...rules, rules: [...rules.rules, { id: 'gone', remove: true as const }] };
    const resolved = resolveLayers('ruleset', [{ node: '150000', version: 1, mode: 'base', body }]);
    expect(resolved.body?.rules.map((r) => r.id)).toEqual(rules.rules.map((r) => r.id));
    expect(resolved.sources).not.toHaveProperty('gone');
  });
});

describeEachDb('configs: a stored body that no longer passes its schema', (t) => {
  let admin: TestClient;
  beforeAll(async () => { admin = await TestClient.login(t().app); });

  it('is refused with 409 naming the document, not read as something else', async () => {
    const { knex } = t().services.db;
    const row = await knex('configs').where({ node_code: '150200', kind: 'catalog', state: 'published' }).orderBy('doc_version', 'desc').first();
    // Hand-edited in the database; `version` moves on as any change of a row does, so the cache is not what answers.
    await knex('configs').where({ id: row.id }).update({ body: JSON.stringify({ reference: 'x', note: 'x', entries: [{ code: '6-18-02-04' }] }), version: row.version + 1 });
    const r = await admin.get('/api/regions/150200/effective/catalog');
    expect(r.status).toBe(409);
    expect(r.body.message).toContain(`包头市（150200）的培训需求指导目录第 ${row.doc_version} 版（编号 ${row.id}）的内容不符合其格式`);
    expect(r.body.message).toContain('/body/entries/0');
    // The nodes that do not read it still resolve.
    expect((await admin.get('/api/regions/150100/effective/catalog')).status).toBe(200);
  });
});
