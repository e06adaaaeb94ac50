// Plugin hukou: whether the worker's birth region lies in the league of the claim, and a "starts with" operator.
import { Type, defineFact, defineOperator, definePlugin, factRef } from '../../core/plugins/sdk.js';

export const hukou = defineFact({
  id: 'hukou',
  label: '户籍',
  // the value's schema: rules may read each titled field, explanations show the title
  value: Type.Object({
    local: Type.Boolean({ title: '户籍在申请地盟市' }),
    birthRegionCode: Type.Union([Type.String(), Type.Null()], { title: '出生地行政区划代码' }),
  }),
  // what it reads of other plugins' facts: they are resolved first, and ctx.facts is typed from this
  dependsOn: [
    factRef('idCard', Type.Object({ birthRegionCode: Type.Union([Type.String(), Type.Null()]) })),
    factRef('claim', Type.Object({ leagueCode: Type.String() })),
  ],
  async resolve(ctx) {
    const birth = ctx.facts.idCard.birthRegionCode;
    const league = ctx.facts.claim.leagueCode;
    // JSON, stored in the decision's snapshot: never the ID or phone number itself
    return { local: birth !== null && birth.slice(0, 4) === league.slice(0, 4), birthRegionCode: birth };
  },
});

export const startsWith = defineOperator({
  name: 'startsWith',
  label: '开头为',
  validateFactValue: (v): v is string => typeof v === 'string', // false → the condition is false, evaluate is not called
  evaluate: (fact, prefix) => typeof prefix === 'string' && fact.startsWith(prefix),
});

export default definePlugin({
  id: 'hukou',
  version: '1.0.0',
  description: '户籍是否在申请地盟市（由公民身份号码的出生地代码判断）。',
  facts: [hukou],
  operators: [startsWith],
});
