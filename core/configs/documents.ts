// Configuration documents as stored: the `configs` resource (drafts editable, published ones frozen).
import { ENUMS } from '../schemas/enums.js';
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Id, Nullable, RegionCode, StringEnum } from '../schemas/common.js';
import { createSchema, updateSchema } from '../schemas/derive.js';
import { defineResource } from '../resources/definition.js';
import { regionColumn } from '../resources/scope.js';
import { badRequest, conflict } from '../http/errors.js';
import { CONFIG_KINDS, keyProblem, type ConfigDocument, type ConfigKind } from './kinds/index.js';

/** `in_review`: a typical case submitted for review (core/configs/review.ts); the other kinds go from draft to published. */
export const CONFIG_STATES = ENUMS.config_state;
/** The largest document body (JSON text): a national catalog of 5,000 entries fits several times over. */
const MAX_BODY_CHARS = 4_000_000;

export const ConfigRecord = Type.Object({
  id: Id,
  node_code: RegionCode,
  kind: StringEnum(CONFIG_KINDS),
  key: Type.String({ minLength: 1, maxLength: 32 }),
  doc_version: Type.Integer({ minimum: 1, description: 'Version of this document of (node, kind, key); set by the server' }),
  state: StringEnum(CONFIG_STATES, { default: 'draft' }),
  mode: StringEnum(ENUMS.config_mode),
  title: Type.String({ minLength: 1, maxLength: 255 }),
  effective_from: DateString,
  effective_to: Nullable(DateString),
  body: Type.Unknown({ description: 'The kind-specific content (see core/configs/kinds)' }),
  // minLength: a null sent back by react-admin must not pass as "" (ajv coerces null in anyOf's first branch).
  published_at: Nullable(Type.String({ minLength: 1, maxLength: 30, description: 'ISO 8601 timestamp (UTC)' })),
  published_by: Nullable(Id),
  submitted_at: Nullable(Type.String({ minLength: 1, maxLength: 30, description: 'When a typical case was submitted for review (UTC)' })),
  submitted_by: Nullable(Id),
  review_note: Nullable(Type.String({ maxLength: 500, description: 'Why the reviewer sent a typical case back' })),
  ...Bookkeeping,
});
export type ConfigRecord = Static<typeof ConfigRecord>;

/** The document form of a stored record: what configs/ holds and what validation reads. */
export function toDocument(r: Pick<ConfigRecord, 'kind' | 'key' | 'node_code' | 'mode' | 'title' | 'effective_from' | 'effective_to' | 'body'>): ConfigDocument {
  return { kind: r.kind, key: r.key, node: r.node_code, mode: r.mode, title: r.title, effective_from: r.effective_from, effective_to: r.effective_to ?? null, body: r.body };
}

export const configs = defineResource({
  name: 'configs',
  table: 'configs',
  label: '配置文档',
  schema: ConfigRecord,
  create: createSchema(ConfigRecord, ['doc_version', 'state', 'published_at', 'published_by', 'submitted_at', 'submitted_by', 'review_note']),
  update: updateSchema(ConfigRecord),
  readOnly: ['node_code', 'kind', 'key', 'doc_version', 'state', 'published_at', 'published_by', 'submitted_at', 'submitted_by', 'review_note'],
  search: ['title'],
  defaultSort: ['id', 'DESC'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
  scopeRegion: regionColumn('configs.node_code'),
  prepare(input, op) {
    if (input.body !== undefined && (input.body === null || typeof input.body !== 'object' || Array.isArray(input.body))) {
      throw badRequest('字段「body」（文档内容）应为 JSON 对象', 'body');
    }
    // A draft is checked against its kind only when validated or published: until then its size is what bounds it.
    if (input.body !== undefined && JSON.stringify(input.body).length > MAX_BODY_CHARS) {
      throw badRequest(`字段「body」（文档内容）过大：最多 ${MAX_BODY_CHARS / 1_000_000} MB，请拆分或精简`, 'body');
    }
    if (op === 'create') {
      const problem = keyProblem(input.kind as ConfigKind, String(input.key));
      if (problem) throw badRequest(`文档键「${input.key}」不适用：${problem}`, 'key');
    }
    return input;
  },
  async beforeCreate(row, { trx }) {
    const node = await trx('regions').where({ id: row.node_code }).first('id', 'name', 'owns_config');
    if (!node) throw badRequest(`行政区划 ${row.node_code} 不存在`, 'node_code');
    // Only nodes with their own bureau publish configuration; the others inherit it.
    if (!node.owns_config) throw badRequest(`${node.name}（${row.node_code}）不单独发布配置，沿用上级的配置文档`, 'node_code');
    const last = await trx('configs').where({ node_code: row.node_code, kind: row.kind, key: row.key }).max({ v: 'doc_version' }).first();
    return { ...row, doc_version: Number(last?.v ?? 0) + 1, state: 'draft' };
  },
  async beforeUpdate(row, before) {
    if (before.state === 'in_review') throw conflict('该典型案例正在审核中，不能修改；请等待审核或由审核人退回', 'state');
    if (before.state !== 'draft') throw conflict('已发布或已废止的配置文档不能修改；请新建一个版本', 'state');
    return row;
  },
  async beforeDelete(before) {
    if (before.state !== 'draft') throw conflict('只有草稿可以删除；已发布的版本请废止', 'state');
  },
});
