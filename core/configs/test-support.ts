// Helpers for the configuration tests: seed documents from configs/, drafts and publishing through the API.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../paths.js';
import { TestClient } from '../test/client.js';
import type { LooseJson } from '../test/loose-json.js';

export const CONFIGS = path.join(ROOT, 'configs');
/** "Today" of the configuration tests: every seed document is in force. */
export const TODAY = '2026-03-01';

/** A seed document as written in configs/, e.g. `seed('150200-baotou/catalog.json')`. */
export function seed(rel: string): LooseJson {
  return JSON.parse(fs.readFileSync(path.join(CONFIGS, rel), 'utf8'));
}

/** The API's create body for a document: `node` becomes `node_code`. */
export function recordOf(doc: LooseJson, over: Record<string, unknown> = {}): Record<string, unknown> {
  const { node, ...rest } = doc;
  return { node_code: node, ...rest, ...over };
}

/** Creates a draft; fails loudly unless the server accepts it. */
export async function draft(c: TestClient, doc: LooseJson, over: Record<string, unknown> = {}): Promise<LooseJson> {
  const r = await c.post('/api/configs', recordOf(doc, over));
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  expect(r.body.state).toBe('draft');
  return r.body;
}

/** Creates a draft and publishes it; returns the published record. */
export async function publishDoc(c: TestClient, doc: LooseJson, over: Record<string, unknown> = {}): Promise<LooseJson> {
  const d = await draft(c, doc, over);
  const r = await c.post(`/api/configs/${d.id}/publish`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.state).toBe('published');
  return r.body;
}

/** A copy of a seed document with a new version's dates. */
export function nextVersion(rel: string, effective_from: string, effective_to: string | null = null): LooseJson {
  return { ...seed(rel), effective_from, effective_to };
}

/** Creates a user of a role at a node and logs in as them. */
export async function userAt(app: Parameters<typeof TestClient.login>[0], admin: TestClient, username: string, role: string, region: string): Promise<TestClient> {
  const password = 'Orkhon-Valley-42#Bz';
  const r = await admin.post('/api/users', { username, display_name: username, role, region_code: region, password });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return TestClient.login(app, username, password);
}

/** A typical case (kind case) of 包头 as the API's create body: no person named, a Mongolian title marked draft. */
export const caseDoc = (key: string, over: Record<string, unknown> = {}) => ({
  node_code: '150200', kind: 'case', key, mode: 'base', title: '示例·返乡农牧民工学焊工后稳定就业', effective_from: '2026-01-01', effective_to: null,
  body: {
    summary: '一名返乡农牧民工参加焊工（五级）培训，取得证书后在本地企业就业。',
    training_kind: 'employment_skills', occupation_name: '焊工',
    sections: [{ heading: '培训经过', text: '某某通过人社APP登记培训意愿，旗县人社局推荐其参加焊工培训班。' }],
    outcome: '结业后在本地装备制造企业就业（示例数据）。',
    mn: { title: 'ᠵᠢᠱᠢᠶ᠎ᠡ', summary: 'ᠵᠢᠱᠢᠶ᠎ᠡ', status: 'draft' },
  },
  ...over,
});
