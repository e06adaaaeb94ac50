// The body of a typical case (典型案例, R10): what was done for whom (never who), and with what result, for the public site.
import { Type, type Static } from '@sinclair/typebox';
import { TRAINING_KINDS } from '../../schemas/common.js';
import { OneOf, pointer, Text, type ConfigError } from './common.js';

const TRAINING_KIND_LABELS: Record<(typeof TRAINING_KINDS)[number], string> = {
  employment_skills: '就业技能培训', entrepreneurship: '创业培训', new_forms: '新职业新业态培训', pre_job: '岗前培训',
  upgrade: '岗位技能提升培训', apprenticeship: '企业新型学徒制培训', high_skill: '高技能人才培训',
};

export const CaseSection = Type.Object(
  { heading: Text('小标题', { maxLength: 64 }), text: Text('正文') },
  { additionalProperties: false, title: '段落' },
);

/** A Mongolian version of the case's title and summary, marked as a native speaker reviewed it or not. */
export const CaseMongolian = Type.Object(
  {
    title: Text('蒙古文标题', { maxLength: 255 }),
    summary: Text('蒙古文摘要', { maxLength: 1000 }),
    status: OneOf(['reviewed', 'draft'], '蒙古文审校状态', { reviewed: '已审校', draft: '待审校' }),
  },
  { additionalProperties: false, title: '蒙古文' },
);

/**
 * 典型案例. One document per case (its key is a slug chosen by the author, e.g. `baotou-welders-2026`),
 * always `base`. It names no person: people appear as 「某某」 or by group (「一名返乡农牧民工」).
 */
export const CaseBody = Type.Object(
  {
    summary: Text('摘要', { maxLength: 1000 }),
    training_kind: Type.Optional(OneOf(TRAINING_KINDS, '培训类别', TRAINING_KIND_LABELS)),
    occupation_name: Type.Optional(Text('职业（工种）', { maxLength: 64 })),
    sections: Type.Array(CaseSection, { minItems: 1, maxItems: 20, title: '正文段落' }),
    outcome: Text('成效', { maxLength: 1000 }),
    mn: Type.Optional(CaseMongolian),
  },
  { additionalProperties: false, title: '典型案例内容' },
);
export type CaseBody = Static<typeof CaseBody>;

/** 18-digit resident ID numbers and mainland mobile numbers, wherever they stand in a text. */
const ID_LIKE = /(?<![0-9])[1-9][0-9]{5}(19|20)[0-9]{2}[01][0-9][0-3][0-9]{4}[0-9Xx](?![0-9])/;
const PHONE_LIKE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/;

/** Every string of a value with its JSON pointer. */
function strings(value: unknown, at: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, pointer(at, i), out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, pointer(at, k), out);
  return out;
}

/** Checks the schema cannot express: a case is a whole document, and carries no ID or phone number. */
export function checkCase(body: CaseBody, mode: 'base' | 'extend', base: string): ConfigError[] {
  const errors: ConfigError[] = [];
  if (mode !== 'base') errors.push({ path: '/mode', message: '典型案例是独立的完整文档，继承方式只能是 base' });
  for (const [at, text] of strings(body, base)) {
    if (ID_LIKE.test(text)) errors.push({ path: at, message: '典型案例不能包含公民身份号码；请删除，以「某某」指代当事人' });
    else if (PHONE_LIKE.test(text)) errors.push({ path: at, message: '典型案例不能包含手机号码；请删除，以「某某」指代当事人' });
  }
  return errors;
}
