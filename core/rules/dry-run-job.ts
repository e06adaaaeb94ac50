// A rule-set dry-run as a background job: what a draft would change over the stored decisions, writing nothing.
import { Type } from '@sinclair/typebox';
import { badRequest } from '../http/errors.js';
import type { JobDefinition } from '../jobs/types.js';
import { DateString } from '../schemas/common.js';

interface DryRunParams {
  config_id: number;
  from: string;
  to: string;
  limit?: number;
}

export const dryRunJob: JobDefinition<DryRunParams> = {
  kind: 'rule_dry_run',
  label: '规则试算',
  start: {
    params: Type.Object({
      config_id: Type.Integer({ minimum: 1 }), from: DateString, to: DateString,
      limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 500 })),
    }, { additionalProperties: false }),
    async prepare(services, ctx, p) {
      // The same checks as the synchronous call (the document is a visible rule set, the dates are in order).
      const rec = await services.configs.record(ctx, p.config_id);
      if (p.from > p.to) throw badRequest(`起始日期 ${p.from} 晚于截止日期 ${p.to}`, 'from');
      return { title: `规则试算：${rec.key}（${rec.node_code}，第 ${rec.version} 版）${p.from}～${p.to}`, regionCode: rec.node_code };
    },
  },
  async run(job) {
    await job.setTotal(1);
    const { config_id, ...opts } = job.params;
    const result = await job.services.rules.dryRun(job.ctx, config_id, opts);
    await job.progress({ processed: 1 });
    return { message: `试算 ${result.evaluated.toLocaleString('en-US')} 件申请，结论变化 ${result.changed.toLocaleString('en-US')} 件`, result: { dry_run: result } };
  },
};
