// The third-party example end to end: a new check, its verifier, a guide material waived by it in the claim's decision.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { describePlugin } from '../../core/plugins/sdk-testing.js';
import { validateDocument } from '../../core/configs/kinds/index.js';
import { housingFundPlugin } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const regionGuide = JSON.parse(fs.readFileSync(path.join(here, '..', '..', 'configs', '150000-nei-mongol', 'guide.json'), 'utf8'));

/** 包头's guide: the region's training service, plus proof of housing-fund payment that the comparison can waive. */
function baotouGuide() {
  const service = regionGuide.body.services.find((s: { id: string }) => s.id === 'training-subsidy');
  const materials = [...service.materials, { id: 'housing-fund-proof', name: '住房公积金缴存证明', waived_by: 'housing_fund' }];
  return {
    kind: 'guide',
    key: 'default',
    node_code: '150200',
    mode: 'extend',
    title: '包头市办事指南（公积金比对示例）',
    effective_from: regionGuide.effective_from,
    effective_to: null,
    body: { services: [{ ...service, materials }] },
  };
}

// the fund centre's answers, by clear ID number (a stand-in for its interface)
const paying = new Map<string, boolean>();
const plugin = housingFundPlugin(async (residentId) => paying.get(residentId) ?? null);

describePlugin(plugin, (t) => {
  beforeAll(async () => {
    const admin = await t().admin();
    const draft = await admin.post('/api/configs', baotouGuide());
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const published = await admin.post(`/api/configs/${draft.body.id}/publish`);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
  });

  async function submitted(known: boolean | null) {
    const worker = await t().worker({ region: '150203' });
    if (known !== null) paying.set(worker.idNumber, known);
    const c = await t().trainingClaim(worker.id, { region: '150203', state: 'draft' });
    const admin = await t().admin();
    const r = await admin.post(`/api/claims/${c.claimId}/submit`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return (await admin.get(`/api/claims/${c.claimId}/decision`)).body;
  }

  const proof = (d: { waived_materials: Array<{ material: string; confirmed: boolean | null }> }) =>
    d.waived_materials.find((m) => m.material === 'housing-fund-proof');

  it('waives the proof when the fund centre confirms, and records the comparison without the ID number', async () => {
    const d = await submitted(true);
    expect(proof(d)).toEqual({
      service: 'training-subsidy',
      material: 'housing-fund-proof',
      material_name: '住房公积金缴存证明',
      waived_by: 'housing_fund',
      confirmed: true,
    });
    expect(d.facts.verification.results).toContainEqual(expect.objectContaining({ check: 'housing_fund', confirmed: true, source: 'housing-fund-centre' }));
    expect(JSON.stringify(d.facts)).not.toMatch(/\d{17}[\dX]/);
  });

  it('asks for the proof when the centre says no or does not know', async () => {
    expect(proof(await submitted(false))?.confirmed).toBe(false);
    expect(proof(await submitted(null))?.confirmed).toBeNull();
  });

  it('offers the check to console authors, and a guide naming a check no plugin declares is refused at publish', async () => {
    const admin = await t().admin();
    const vocabulary = (await admin.get('/api/configs/vocabulary')).body;
    expect(vocabulary.checks).toContainEqual({ id: 'housing_fund', label: '住房公积金缴存信息比对', source: '住房公积金管理中心', plugin: 'housing-fund' });
    const { node_code, ...rest } = baotouGuide();
    const errors = validateDocument({ ...rest, node: node_code }, { checks: ['identity', 'social_insurance', 'poverty_registry', 'certificate_registry'] });
    expect(errors).toContainEqual({ path: '/body/services/0/materials/6/waived_by', message: expect.stringContaining('未注册的比对方式「housing_fund」') });
  });
});
