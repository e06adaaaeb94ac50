// Certificates: 职业资格证书, 职业技能等级证书, 专项职业能力证书; a number is unique.
import { Type, type Static } from '@sinclair/typebox';
import { Bookkeeping, DateString, Id, Level, Nullable, StringEnum, Name } from '../schemas/common.js';
import { createSchema, updateSchema } from '../schemas/derive.js';
import type { ResourceDefinition } from '../resources/definition.js';

export const Certificate = Type.Object({
  id: Id,
  worker_id: Id,
  enrollment_id: Nullable(Id),
  kind: StringEnum(['qualification', 'skill_level', 'special'] as const),
  number: Type.String({ minLength: 4, maxLength: 64 }),
  occupation_code: Type.String({ minLength: 1, maxLength: 32 }),
  level: Level,
  issuer: Name(128),
  issued_on: DateString,
  ...Bookkeeping,
});
export type Certificate = Static<typeof Certificate>;

export const certificates: ResourceDefinition = {
  name: 'certificates',
  table: 'certificates',
  label: '证书',
  schema: Certificate,
  create: createSchema(Certificate),
  update: updateSchema(Certificate),
  readOnly: ['worker_id'],
  references: { worker_id: 'workers', enrollment_id: 'enrollments' },
  unique: { number: '该证书编号已登记' },
  search: ['number', 'issuer'],
  defaultSort: ['issued_on', 'DESC'],
  access: { platform_admin: 'rcud', region_admin: 'rcud', reviewer: 'r', institution_staff: 'rcu', auditor: 'r' },
  scopeRegion: (qb, regionIds, knex) => { qb.whereIn('certificates.worker_id', knex('workers').whereIn('region_code', regionIds).select('id')); },
  scopeInstitution: (qb, id, knex) => {
    qb.whereIn('certificates.enrollment_id', knex('enrollments').join('programs', 'programs.id', 'enrollments.program_id').where('programs.institution_id', id).select('enrollments.id'));
  },
};
