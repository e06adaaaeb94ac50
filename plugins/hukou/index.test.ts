// The hukou example plugin on both databases: its fact on stored claims, and its rule on hand-written facts.
import { expect, it } from 'vitest';
import { describePlugin } from '../../core/plugins/sdk-testing.js';
import hukouPlugin from './index.js';
import rule from './rule.json' with { type: 'json' };

describePlugin(hukouPlugin, (t) => {
  it("is local when the birth region lies in the claim's league", async () => {
    const worker = await t().worker({ region: '150203' }); // born in 150203 (包头)
    const c = await t().trainingClaim(worker.id, { region: '150203' });
    expect((await t().facts(c.claimId, ['hukou'])).hukou).toEqual({ local: true, birthRegionCode: '150203' });
  });

  it('is not local for a worker born in another league', async () => {
    const worker = await t().worker({ region: '150102' }); // born in 呼和浩特
    const c = await t().trainingClaim(worker.id, { region: '150203' });
    expect((await t().facts(c.claimId, ['hukou'])).hukou).toEqual({ local: false, birthRegionCode: '150102' });
  });

  it('sends a worker born elsewhere to review, naming the birth region', () => {
    const verdict = t().judge([rule], { hukou: { local: false, birthRegionCode: '150102' } });
    expect(verdict.outcome).toBe('needs_review');
    expect(verdict.reasons).toEqual(['申请人出生地代码 150102 不在申请地盟市，请核实居住证明。']);
    expect(() => t().judge([rule], { hukou: { locale: false } })).toThrow('hukou.locale：不是该事实的字段');
  });
});
