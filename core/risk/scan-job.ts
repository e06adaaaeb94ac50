// The risk scan (风险隐患清单) as a background job: every check over a node's subtree, progress per check, the summary as result.
import { Type } from '@sinclair/typebox';
import { badRequest, forbidden } from '../http/errors.js';
import type { JobDefinition } from '../jobs/types.js';
import { RegionCode } from '../schemas/common.js';
import { ACT_ROLES } from './actions.js';
import { runRiskScan } from './scan.js';

export const riskScanJob: JobDefinition<{ region_code: string }> = {
  kind: 'risk_scan',
  label: '风险扫描',
  start: {
    params: Type.Object({ region_code: RegionCode }, { additionalProperties: false }),
    async prepare(services, ctx, p) {
      const user = ctx.user;
      if (!user || !ACT_ROLES.has(user.role)) throw forbidden('只有管理员和审核员可以发起风险扫描');
      const node = await services.db.knex('regions').where({ id: p.region_code }).first('path', 'name');
      if (!node) throw badRequest(`行政区划 ${p.region_code} 不存在`, 'region_code');
      if (!String(node.path).startsWith(user.region_path)) throw forbidden('只能扫描您权限范围内的地区');
      return { title: `风险扫描：${node.name}（${p.region_code}）`, regionCode: p.region_code };
    },
  },
  async run(job) {
    await job.setTotal(job.services.plugins.riskChecks.size);
    const summary = await runRiskScan(job.services, job.ctx, {
      regionCode: job.params.region_code,
      onCheck: async (done) => { await job.progress({ processed: done }); },
    });
    const t = summary.totals;
    return {
      message: `扫描完成：命中 ${t.hits} 处，新立案 ${t.new} 件，重新打开 ${t.reopened} 件${t.errors ? `，${t.errors} 项检查出错` : ''}`,
      result: { summary },
    };
  },
};
