// The five fund sources the policy names (资金来源).
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import type { FundSource } from '../entities/money.js';

export const FUND_SOURCES: Array<[FundSource['code'], string]> = [
  ['employment_subsidy', '就业补助资金'],
  ['unemployment_insurance', '失业保险基金'],
  ['skills_action_account', '职业技能提升行动专账资金'],
  ['enterprise_education', '企业职工教育经费'],
  ['talent_development', '人才队伍建设经费'],
];

export async function seedFundSources(services: Services, ctx: RequestContext): Promise<void> {
  const existing = new Set((await services.db.knex('fund_sources').select('code')).map((r) => r.code));
  const service = services.resources.get('fund_sources');
  for (const [code, name] of FUND_SOURCES) {
    if (!existing.has(code)) await service.create(ctx, { code, name });
  }
}
