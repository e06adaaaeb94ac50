// The body of a guide document (办事指南, R8): per service its steps, materials, conditions, time limit.
import { Type, type Static } from '@sinclair/typebox';
import { CLAIM_TYPE_LABELS, CLAIM_TYPES, duplicates, KebabId, OneOf, pointer, Text, type ConfigError, type ValidateOptions } from './common.js';
import { CHECK_LABELS, VERIFICATION_CHECKS } from '../../verification/checks.js';

/** Data comparisons (大数据比对) that can stand in for a paper proof: every check the platform knows. */
export const WAIVERS = VERIFICATION_CHECKS;
export const WAIVER_LABELS = CHECK_LABELS;

export const Material = Type.Object(
  {
    id: KebabId('材料编号'),
    name: Text('材料名称', { maxLength: 255 }),
    // any check a loaded plugin declares (checked at publish against the registry, like a rule's facts); the shipped ones are labelled
    waived_by: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 64, title: '可免交的比对方式', labels: WAIVER_LABELS })),
  },
  { additionalProperties: false, title: '申请材料' },
);
export type Material = Static<typeof Material>;

export const Service = Type.Object(
  {
    id: KebabId('事项编号'),
    name: Text('事项名称', { maxLength: 255 }),
    claim_type: Type.Optional(OneOf(CLAIM_TYPES, '对应补贴类型', CLAIM_TYPE_LABELS)),
    steps: Type.Array(Text('办理步骤'), { minItems: 1, maxItems: 100, title: '办理流程' }),
    materials: Type.Array(Material, { maxItems: 100, title: '申请材料' }),
    conditions: Type.Array(Text('办理条件'), { maxItems: 100, title: '办理条件' }),
    time_limit_working_days: Type.Integer({
      minimum: 1,
      title: '办理时限',
      errorMessage: '「办理时限」必须是正整数（单位：工作日）',
    }),
    basis: Text('政策依据'),
  },
  { additionalProperties: false, title: '服务事项' },
);
export type Service = Static<typeof Service>;

/** In an extend document: drop the parent's service with this id. */
export const ServiceRemoval = Type.Object(
  { id: KebabId('事项编号'), name: Type.Optional(Text('事项名称', { maxLength: 255 })), remove: Type.Literal(true, { title: '删除标记' }) },
  {
    additionalProperties: false,
    title: '删除事项',
    errorMessage: '删除事项时只填写事项编号 id、remove: true，可附事项名称 name',
  },
);

/**
 * 办事指南. In `extend` mode a service with the parent's id replaces it as a whole, a new id
 * is added, `{ id, remove: true }` drops it.
 */
export const GuideBody = Type.Object(
  {
    services: Type.Array(
      Type.Union([Service, ServiceRemoval], {
        title: '服务事项',
        errorMessage:
          '「服务事项」须填写 id、name、steps、materials、conditions、time_limit_working_days、basis；删除上级事项时写 { "id": "...", "remove": true }',
      }),
      { title: '服务事项', maxItems: 500 },
    ),
  },
  { additionalProperties: false, title: '办事指南内容' },
);
export type GuideBody = Static<typeof GuideBody>;

/** Checks the schema cannot express; `body` has already passed the schema. */
export function checkGuide(body: GuideBody, mode: 'base' | 'extend', base: string, options: ValidateOptions = {}): ConfigError[] {
  const errors: ConfigError[] = [];
  if (options.checks) {
    const known = options.checks;
    body.services.forEach((service, i) => {
      if ('remove' in service) return;
      service.materials.forEach((m, j) => {
        if (m.waived_by !== undefined && !known.includes(m.waived_by)) {
          errors.push({ path: pointer(base, 'services', i, 'materials', j, 'waived_by'), message: `未注册的比对方式「${m.waived_by}」；可用的比对方式：${known.join('、')}` });
        }
      });
    });
  }
  if (mode === 'base' && body.services.length === 0) {
    errors.push({ path: pointer(base, 'services'), message: '基础（base）办事指南至少要包含一个服务事项' });
  }
  errors.push(
    ...duplicates(
      body.services,
      (s) => s.id,
      (i, id, first) => ({
        path: pointer(base, 'services', i, 'id'),
        message: `事项编号「${id}」与第 ${first + 1} 个事项重复`,
      }),
    ),
  );
  body.services.forEach((service, i) => {
    if ('remove' in service) {
      if (mode === 'base') {
        errors.push({
          path: pointer(base, 'services', i, 'remove'),
          message: '基础（base）办事指南不能删除事项；删除只用于扩展（extend）上级指南',
        });
      }
      return;
    }
    errors.push(
      ...duplicates(
        service.materials,
        (m) => m.id,
        (j, id, first) => ({
          path: pointer(base, 'services', i, 'materials', j, 'id'),
          message: `材料编号「${id}」与本事项第 ${first + 1} 项材料重复`,
        }),
      ),
    );
  });
  return errors;
}
