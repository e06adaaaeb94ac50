// Database constraint errors turned into the API's clear 409s and 400s, naming the field where the database does.
import { ApiError, badRequest, conflict } from '../http/errors.js';
import type { ResourceDefinition } from './definition.js';
import { fieldName } from '../http/field-labels.js';

export function translateDbError(def: ResourceDefinition, err: unknown, op: 'write' | 'delete' = 'write'): unknown {
  if (err instanceof ApiError) return err;
  const e = err as { code?: string; message?: string; errno?: number };
  const msg = e.message ?? '';
  if (e.code === 'ER_DUP_ENTRY' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    for (const [column, message] of Object.entries(def.unique ?? {})) {
      if (message && msg.includes(column)) return conflict(message, column.replace(/_idx$/, ''));
    }
    return conflict(`${def.label}与已有记录重复`);
  }
  if (e.code === 'ER_ROW_IS_REFERENCED_2' || e.code === 'ER_ROW_IS_REFERENCED' || (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' && op === 'delete')) {
    return conflict(`该${def.label}已被其他记录引用，不能删除`);
  }
  if (e.code === 'ER_NO_REFERENCED_ROW_2' || e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    const column = /FOREIGN KEY \(`(\w+)`\)/.exec(msg)?.[1];
    return badRequest(column ? `${fieldName(def.name, column)}引用的记录不存在，请检查` : '引用的记录不存在，请检查关联字段', column);
  }
  // The schema should have refused these first; never let them through as a 500.
  const column = /column '(\w+)'|Column '(\w+)'|constraint failed: \w+\.(\w+)|Field '(\w+)'/.exec(msg)?.slice(1).find(Boolean);
  const named = column ? fieldName(def.name, column) : '某个字段';
  if (e.code === 'ER_DATA_TOO_LONG') return badRequest(`${named}内容过长`, column);
  if (e.code === 'ER_WARN_DATA_OUT_OF_RANGE' || e.code === 'ER_OUT_OF_RANGE') return badRequest(`${named}的数值超出范围`, column);
  if (e.code === 'ER_BAD_NULL_ERROR' || e.code === 'ER_NO_DEFAULT_FOR_FIELD' || e.code === 'SQLITE_CONSTRAINT_NOTNULL') return badRequest(`${named}为必填项，不能为空`, column);
  if (e.code === 'ER_TRUNCATED_WRONG_VALUE' || e.code === 'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD' || e.code === 'ER_WARN_DATA_TRUNCATED' || e.code === 'SQLITE_CONSTRAINT_CHECK' || e.code === 'ER_CHECK_CONSTRAINT_VIOLATED') {
    return badRequest(`${named}的值无效`, column);
  }
  return err;
}
