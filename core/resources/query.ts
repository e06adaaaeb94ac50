// Turns react-admin's list parameters (sort, range, filter) into a checked knex query.
import type { Knex } from 'knex';
import { badRequest } from '../http/errors.js';
import type { FilterServices, ResourceDefinition } from './definition.js';
import { fieldsOf } from './fields.js';
import { whereSearch } from './search.js';

export interface ListParams {
  sort?: string;
  range?: string;
  filter?: string;
}

export const MAX_PAGE = 1000;

function parseJson(raw: string | undefined, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(`参数 ${name} 不是有效的 JSON`, name);
  }
}

export function parseSort(def: ResourceDefinition, raw: string | undefined): [string, 'asc' | 'desc'] {
  const sort = parseJson(raw, 'sort') ?? def.defaultSort ?? ['id', 'ASC'];
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string' || typeof sort[1] !== 'string') {
    throw badRequest('参数 sort 应为 ["字段","ASC|DESC"]', 'sort');
  }
  const [field, order] = sort as [string, string];
  const info = fieldsOf(def).get(field);
  if (!info || !info.column || info.kind === 'json') throw badRequest(`不能按字段「${field}」排序`, 'sort');
  if (!/^(asc|desc)$/i.test(order)) throw badRequest('排序方向只能是 ASC 或 DESC', 'sort');
  return [field, order.toLowerCase() as 'asc' | 'desc'];
}

export function parseRange(raw: string | undefined): [number, number] {
  const range = parseJson(raw, 'range') ?? [0, 24];
  // Safe integers only: 1e20 is an integer to JavaScript but not an OFFSET the database accepts.
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isSafeInteger(n) && n >= 0) || range[1] < range[0]) {
    throw badRequest('参数 range 应为 [起始, 结束]，两个非负整数且结束不小于起始', 'range');
  }
  const [start, end] = range as [number, number];
  if (end - start + 1 > MAX_PAGE) throw badRequest(`每页最多 ${MAX_PAGE} 条`, 'range');
  return [start, end];
}

const SUFFIXES = ['_gte', '_lte', '_gt', '_lt', '_neq'] as const;
const OPS: Record<(typeof SUFFIXES)[number], string> = { _gte: '>=', _lte: '<=', _gt: '>', _lt: '<', _neq: '<>' };

function checkValue(field: string, kind: string, value: unknown): string | number | boolean | null {
  if (value === null) return null;
  if (kind === 'integer' || kind === 'number') {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    // 1e400 parses to Infinity, which MySQL would receive as a column name.
    if (typeof n !== 'number' || !Number.isFinite(n)) throw badRequest(`筛选条件「${field}」应为数字`, field);
    return n;
  }
  if (kind === 'boolean') {
    if (value === true || value === 'true' || value === 1) return true;
    if (value === false || value === 'false' || value === 0) return false;
    throw badRequest(`筛选条件「${field}」应为 true 或 false`, field);
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw badRequest(`筛选条件「${field}」的值无效`, field);
  return String(value);
}

/** Applies a react-admin filter object; unknown fields are a 400, never SQL. Returns the filter's keys in use. */
export function applyFilter(def: ResourceDefinition, qb: Knex.QueryBuilder, raw: string | undefined, services: FilterServices): string[] {
  const used: string[] = [];
  const filter = parseJson(raw, 'filter') ?? {};
  if (typeof filter !== 'object' || Array.isArray(filter) || filter === null) throw badRequest('参数 filter 应为 JSON 对象', 'filter');
  const fields = fieldsOf(def);
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    if (value === undefined || value === '') continue;
    used.push(key);
    if (key === 'q') {
      if (!def.search?.length) throw badRequest(`${def.label}列表不支持关键字搜索`, 'q');
      // A whole resident ID number is looked up through its blind index, not matched against names.
      const idLookup = def.virtualFilters && Object.hasOwn(def.virtualFilters, 'id_number') ? def.virtualFilters.id_number : undefined;
      if (idLookup && /^\d{17}[\dXx]$/.test(String(value).trim())) {
        idLookup(qb, String(value).trim().toUpperCase(), services);
        continue;
      }
      // So is a whole mobile number, through the phone's blind index.
      const phoneLookup = def.virtualFilters && Object.hasOwn(def.virtualFilters, 'phone') ? def.virtualFilters.phone : undefined;
      if (phoneLookup && /^1\d{10}$/.test(String(value).trim())) {
        phoneLookup(qb, String(value).trim(), services);
        continue;
      }
      whereSearch(qb, def.search.map((col) => `${def.table}.${col}`), String(value).trim(), def.searchBy ?? 'contains', services.db.dialect);
      continue;
    }
    // Own keys only: {"hasOwnProperty":1} must not find Object.prototype's function.
    const virtual = def.virtualFilters && Object.hasOwn(def.virtualFilters, key) ? def.virtualFilters[key] : undefined;
    if (virtual) {
      virtual(qb, value, services);
      continue;
    }
    const suffix = SUFFIXES.find((s) => key.endsWith(s));
    const field = suffix ? key.slice(0, -suffix.length) : key;
    const info = fields.get(field);
    if (!info || !info.column) throw badRequest(`不能按字段「${key}」筛选`, key);
    const column = `${def.table}.${field}`;
    if (suffix) {
      qb.where(column, OPS[suffix], checkValue(key, info.kind, value));
    } else if (Array.isArray(value)) {
      qb.whereIn(column, value.map((v) => checkValue(key, info.kind, v)));
    } else if (value === null) {
      qb.whereNull(column);
    } else if (info.kind === 'json') {
      // Membership in a JSON array column, e.g. traits contains "older".
      qb.where(column, 'like', `%${JSON.stringify(checkValue(key, 'string', value))}%`);
    } else {
      qb.where(column, checkValue(key, info.kind, value));
    }
  }
  return used;
}
