// The resource definition of core/entities/institutions.ts (its schema): who may read and write it, its scope, the checks on each write.
import { createSchema, updateSchema } from '../../schemas/derive.js';
import { defineResource } from '../definition.js';
import { regionColumn } from '../scope.js';
import { badRequest } from '../../http/errors.js';
import { creditCodeError } from '../../validation/credit-code.js';
import { Institution } from '../../entities/institutions.js';

/** A mobile (13812345678) or a landline with its area code (0471-1234567, extension allowed); clear value, before encryption. */
function checkPhone(input: Record<string, unknown>) {
  if (typeof input.contact_phone !== 'string' || input.contact_phone === '' || input.contact_phone.includes('*')) return;
  const phone = input.contact_phone.replace(/[\s()（）]/g, '');
  input.contact_phone = phone;
  if (!/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/.test(phone)) {
    throw badRequest('联系电话应为11位手机号码，或带区号的固定电话（如 0471-1234567）', 'contact_phone');
  }
}

function check(row: Record<string, unknown>, before?: Record<string, unknown>) {
  if (row.credit_code !== undefined) {
    const code = String(row.credit_code).trim().toUpperCase();
    row.credit_code = code;
    const err = creditCodeError(code);
    if (err) throw badRequest(err, 'credit_code');
  }
  const merged = { ...before, ...row };
  if (merged.approval_status === 'approved' && (!merged.approved_from || !merged.approved_to)) {
    throw badRequest('认定为补贴性培训机构时必须填写认定有效期（approved_from、approved_to）', 'approved_to');
  }
  if (merged.approved_from && merged.approved_to && merged.approved_to < merged.approved_from) {
    throw badRequest('认定有效期的结束日期不能早于开始日期', 'approved_to');
  }
  return row;
}

export const institutions = defineResource({
  name: 'institutions',
  table: 'institutions',
  label: '培训机构',
  schema: Institution,
  create: createSchema(Institution),
  update: updateSchema(Institution),
  // The contact is usually a person's own mobile: encrypted, masked, revealed only to those who decide and supervise.
  pii: { contact_phone: 'phone' },
  unique: { credit_code: '该统一社会信用代码已登记' },
  search: ['name', 'credit_code'],
  virtualFilters: {
    // Who registered this number (an exact lookup through the blind index).
    contact_phone: (qb, value, services) => { qb.where('institutions.contact_phone_idx', services.pii.blindIndex(String(value).replace(/[\s()（）]/g, ''))); },
  },
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
  scopeRegion: regionColumn('institutions.region_code'),
  scopeInstitution: (qb, id) => { qb.where('institutions.id', id); },
  prepare: (input) => { checkPhone(input); return input; },
  beforeCreate: async (row) => check(row),
  beforeUpdate: async (row, before) => check(row, before),
});
