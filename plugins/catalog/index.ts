// Plugin catalog: the demand-catalog entry in force for the claim's region and date, for its occupation and level.
import { definePlugin, type FactDefinition } from '../../core/plugins/contract.js';
import { LEVELS, type Level } from '../../core/configs/kinds/catalog.js';

const isLevel = (level: string): level is Level => (LEVELS as readonly string[]).includes(level);

export const catalogEntry: FactDefinition = {
  id: 'catalogEntry',
  label: '培训需求指导目录条目',
  fields: {
    '$.found': '职业（工种）及等级列入目录',
    '$.occupationCode': '职业（工种）编码',
    '$.name': '职业（工种）名称',
    '$.level': '等级',
    '$.standardFen': '目录补贴标准（分）',
    '$.minHours': '目录最低学时',
    '$.shortage': '紧缺职业',
    '$.sourceNode': '目录条目所属地区',
  },
  dependsOn: ['occupation'],
  async resolve(ctx) {
    const { code: occupationCode, level } = ctx.facts.occupation as { code: string | null; level: string | null };
    const none = { found: false, occupationCode, name: null, level, standardFen: 0, minHours: 0, shortage: false, sourceNode: null };
    if (!occupationCode || !level) return none;
    const catalog = await ctx.services.effectiveConfig(String(ctx.claim.region_code), 'catalog', 'default', ctx.date);
    const entry = catalog?.body.entries.find((e) => e.code === occupationCode);
    const standard = entry && isLevel(level) ? entry.levels[level] : undefined;
    if (!entry || !standard) return none;
    return {
      found: true, occupationCode, name: entry.name, level, standardFen: standard.standard_fen, minHours: standard.min_hours,
      shortage: entry.shortage, sourceNode: catalog?.sources[occupationCode]?.node ?? null,
    };
  },
};

export default definePlugin({
  id: 'catalog',
  version: '1.0.0',
  description: '申请地区在申请日生效的职业技能培训需求指导目录中，该职业（工种）该等级的补贴标准和最低学时。',
  facts: [catalogEntry],
});
