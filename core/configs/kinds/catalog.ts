// The body of a catalog document (职业技能培训需求指导目录): occupation × level, hours and subsidy standard.
import { Type, type Static } from '@sinclair/typebox';
import { duplicates, Fen, OneOf, pointer, Text, type ConfigError } from './common.js';
import { LEVELS, ORIENTATIONS, TRAINING_KINDS } from '../../schemas/common.js';

// The code lists are the entities' own; documents label them for clerks.
export { LEVELS, ORIENTATIONS, TRAINING_KINDS };
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  '5': '五级/初级工',
  '4': '四级/中级工',
  '3': '三级/高级工',
  '2': '二级/技师',
  '1': '一级/高级技师',
  special: '专项职业能力',
};

export const TRAINING_KIND_LABELS: Record<(typeof TRAINING_KINDS)[number], string> = {
  employment_skills: '就业技能培训',
  entrepreneurship: '创业培训',
  new_forms: '新职业新业态培训',
  pre_job: '岗前培训',
  upgrade: '岗位技能提升培训',
  apprenticeship: '企业新型学徒制培训',
  high_skill: '高技能人才培训',
};

export const ORIENTATION_LABELS: Record<(typeof ORIENTATIONS)[number], string> = {
  outbound: '外出务工',
  local: '当地务工',
  entrepreneurship: '创业',
};

/** 职业分类大典 code (`6-18-02-04`, optionally a 工种 suffix) or a local code (`NM-150200-01`). */
export const OCCUPATION_CODE = '^([0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}(-[0-9]{2})?|[A-Z]{2,}(-[0-9A-Z]+)+)$';

const OccupationCode = Type.String({
  pattern: OCCUPATION_CODE,
  maxLength: 32,
  title: '职业编码',
  errorMessage: '职业编码格式不正确：应为职业分类大典编码（如 6-18-02-04）或本地编码（如 NM-150200-01）',
});

export const LevelStandard = Type.Object(
  {
    min_hours: Type.Integer({
      minimum: 1,
      title: '最低学时',
      errorMessage: '「最低学时」必须是正整数（单位：学时）',
    }),
    standard_fen: Fen('补贴标准'),
  },
  { additionalProperties: false, title: '等级标准' },
);
export type LevelStandard = Static<typeof LevelStandard>;

const levelMessage =
  '「等级」的键只能是 5、4、3、2、1（五级至一级）或 special（专项职业能力），每个等级填写最低学时和补贴标准，且至少填写一个等级';

export const Levels = Type.Object(
  {
    '5': Type.Optional(LevelStandard),
    '4': Type.Optional(LevelStandard),
    '3': Type.Optional(LevelStandard),
    '2': Type.Optional(LevelStandard),
    '1': Type.Optional(LevelStandard),
    special: Type.Optional(LevelStandard),
  },
  { additionalProperties: false, minProperties: 1, title: '等级', errorMessage: levelMessage },
);

export const CatalogEntry = Type.Object(
  {
    code: OccupationCode,
    name: Text('职业（工种）名称', { maxLength: 128 }),
    sector: Text('行业', { maxLength: 128 }),
    kinds: Type.Array(OneOf(TRAINING_KINDS, '培训类型', TRAINING_KIND_LABELS), {
      minItems: 1,
      maxItems: TRAINING_KINDS.length,
      uniqueItems: true,
      title: '培训类型',
    }),
    orientation: Type.Array(OneOf(ORIENTATIONS, '就业方向', ORIENTATION_LABELS), {
      minItems: 1,
      maxItems: ORIENTATIONS.length,
      uniqueItems: true,
      title: '就业方向',
    }),
    shortage: Type.Boolean({ title: '是否紧缺职业' }),
    levels: Levels,
    reference: Type.Optional(Text('依据')),
  },
  { additionalProperties: false, title: '目录条目' },
);
export type CatalogEntry = Static<typeof CatalogEntry>;

/** In an extend document: drop the parent's entry with this code. */
export const CatalogRemoval = Type.Object(
  {
    code: OccupationCode,
    name: Type.Optional(Text('职业（工种）名称')),
    remove: Type.Literal(true, { title: '删除标记' }),
  },
  {
    additionalProperties: false,
    title: '删除条目',
    errorMessage: '删除条目时只填写职业编码 code、remove: true，可附职业名称 name',
  },
);
export type CatalogRemoval = Static<typeof CatalogRemoval>;

/**
 * 职业技能培训需求指导目录. In `extend` mode an entry whose code the parent has overrides it
 * (its `levels` merged level by level into the parent's), a new code is added, and
 * `{ code, remove: true }` drops the parent's entry.
 */
export const CatalogBody = Type.Object(
  {
    reference: Text('政策依据'),
    note: Text('说明'),
    entries: Type.Array(
      Type.Union([CatalogEntry, CatalogRemoval], {
        title: '目录条目',
        errorMessage:
          '「目录条目」须填写 code、name、sector、kinds、orientation、shortage、levels；删除上级条目时写 { "code": "...", "remove": true }',
      }),
      // The national occupation catalog (职业分类大典) has about 1,600 occupations and their 工种.
      { title: '目录条目', maxItems: 5000 },
    ),
  },
  { additionalProperties: false, title: '目录内容' },
);
export type CatalogBody = Static<typeof CatalogBody>;

/** Checks the schema cannot express; `body` has already passed the schema. */
export function checkCatalog(body: CatalogBody, mode: 'base' | 'extend', base: string): ConfigError[] {
  const errors: ConfigError[] = [];
  if (mode === 'base' && body.entries.length === 0) {
    errors.push({ path: pointer(base, 'entries'), message: '基础（base）目录至少要包含一个职业' });
  }
  errors.push(
    ...duplicates(
      body.entries,
      (e) => e.code,
      (i, code, first) => ({
        path: pointer(base, 'entries', i, 'code'),
        message: `职业编码「${code}」与第 ${first + 1} 条重复，同一目录中每个职业只能出现一次`,
      }),
    ),
  );
  body.entries.forEach((entry, i) => {
    if ('remove' in entry && mode === 'base') {
      errors.push({
        path: pointer(base, 'entries', i, 'remove'),
        message: '基础（base）目录不能删除职业；删除只用于扩展（extend）上级目录',
      });
    }
  });
  return errors;
}
