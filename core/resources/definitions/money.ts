// The resource definition of core/entities/money.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource } from '../definition.js';
import { regionColumn } from '../scope.js';
import { badRequest } from '../../http/errors.js';
import { Budget, FundSource } from '../../entities/money.js';

export const fundSources = defineResource({
  name: 'fund_sources',
  table: 'fund_sources',
  label: '资金来源',
  schema: FundSource,
  create: createSchema(FundSource),
  update: updateSchema(FundSource),
  unique: { code: '该资金来源代码已存在' },
  access: { platform_admin: 'rcud', region_admin: 'r', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
});

export const budgets = defineResource({
  name: 'budgets',
  table: 'budgets',
  label: '预算',
  schema: Budget,
  create: createSchema(Budget, ['reserved_fen', 'spent_fen']),
  update: updateSchema(Budget),
  readOnly: ['reserved_fen', 'spent_fen', 'fund_source_id', 'region_code', 'year'],
  references: { fund_source_id: 'fund_sources' },
  unique: { fund_source_id: '该地区该年度已有此资金来源的预算' },
  defaultSort: ['year', 'DESC'],
  access: { platform_admin: 'rcud', region_admin: 'rcu', reviewer: 'r', auditor: 'r' },
  scopeRegion: regionColumn('budgets.region_code'),
  async beforeUpdate(row, before) {
    if (row.amount_fen !== undefined && Number(row.amount_fen) < Number(before.reserved_fen) + Number(before.spent_fen)) {
      throw badRequest('预算金额不能低于已预留与已支出之和', 'amount_fen');
    }
    return row;
  },
});
