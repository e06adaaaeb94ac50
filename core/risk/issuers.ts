// The certificate issuer register (评价/发证机构名录): which issuer may certify which occupations; read by certificate-anomaly.
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Id, Name, Nullable, RegionCode } from '../schemas/common.js';
import { createSchema, updateSchema } from '../schemas/derive.js';
import { defineResource } from '../resources/definition.js';
import { regionColumn } from '../resources/scope.js';
import { checkDates } from '../validation/date-order.js';

export const Issuer = Type.Object({
  id: Id,
  name: Name(128),
  occupation_codes: Type.Array(Type.String({ minLength: 1, maxLength: 32 }), {
    minItems: 1, maxItems: 2000, uniqueItems: true, description: 'Occupation codes the issuer is registered to certify',
  }),
  region_code: RegionCode,
  valid_from: Nullable(DateString),
  valid_to: Nullable(DateString),
  ...Bookkeeping,
});
export type Issuer = Static<typeof Issuer>;

export const issuers = defineResource({
  name: 'issuers',
  table: 'issuers',
  label: '发证机构',
  schema: Issuer,
  create: createSchema(Issuer),
  update: updateSchema(Issuer),
  unique: { name: '该地区已登记同名的发证机构' },
  search: ['name'],
  defaultSort: ['name', 'ASC'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'r', auditor: 'r' },
  scopeRegion: regionColumn('issuers.region_code'),
  prepare(input) {
    checkDates(input, undefined, 'valid_from', 'valid_to', '发证机构登记有效期');
    return input;
  },
  async beforeUpdate(row, before) {
    checkDates(row, before, 'valid_from', 'valid_to', '发证机构登记有效期');
    return row;
  },
});
