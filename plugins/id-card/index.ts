// Plugin id-card: facts derived from the worker's resident ID number (GB 11643) on the claim date.
import { definePlugin, type FactDefinition } from '../../core/plugins/contract.js';
import { ageOn, parseResidentId } from '../../core/validation/resident-id.js';

/** The fact value for an ID number on a date: validity, age, birth region and gender; never the number itself. */
export function idCardFacts(idNumber: string | null, date: string) {
  if (!idNumber) return { valid: false, age: null, birthDate: null, birthRegionCode: null, gender: null };
  const parsed = parseResidentId(idNumber);
  if ('error' in parsed) return { valid: false, age: null, birthDate: null, birthRegionCode: null, gender: null, problem: parsed.error };
  return { valid: true, age: ageOn(parsed.birthDate, date), birthDate: parsed.birthDate, birthRegionCode: parsed.regionCode, gender: parsed.gender };
}

export const idCard: FactDefinition = {
  id: 'idCard',
  label: '身份证信息',
  fields: {
    '$.valid': '公民身份号码有效',
    '$.age': '申请日年龄（周岁）',
    '$.birthDate': '出生日期',
    '$.birthRegionCode': '出生地行政区划代码',
    '$.gender': '性别',
  },
  async resolve(ctx) {
    const workerId = ctx.claim.worker_id;
    return idCardFacts(workerId ? await ctx.services.residentId(Number(workerId)) : null, ctx.date);
  },
};

export default definePlugin({
  id: 'id-card',
  version: '1.0.0',
  description: '由公民身份号码得出：号码是否有效、申请日年龄、出生地、性别。',
  facts: [idCard],
});
