// Plugin parameters: the policy parameters (政策参数) in force for the claim's region on its date, with where each came from.
import { definePlugin, type FactDefinition } from '../../core/plugins/contract.js';
import { PARAMS_FACT, paramsFact } from '../../core/configs/params.js';

/**
 * `{ age_max: 60, attendance_min: 0.7, …, _about: { age_max: { label, unit, node, node_name, version, from } } }`:
 * rules compare with `{ "fact": "params", "path": "$.age_max" }`; explanations name the value's document.
 * Its paths are the parameters of each region's document, so they are checked at publish against that document.
 */
export const params: FactDefinition = {
  id: PARAMS_FACT,
  label: '政策参数',
  async resolve(ctx) {
    const doc = await ctx.services.effectiveConfig(String(ctx.claim.region_code), 'param', 'default', ctx.date);
    return paramsFact(doc, ctx.date);
  },
};

export default definePlugin({
  id: 'parameters',
  version: '1.0.0',
  description: '申请地区在申请日生效的政策参数（年龄上限、出勤比例、封顶金额等），按区划树继承，下级可覆盖取值。',
  facts: [params],
});
