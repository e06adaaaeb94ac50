// Demo typical cases (典型案例): one published by 包头 and one by the 自治区, so the public site has cases to show. Illustrative only.
import type { Services } from '../services.js';
import type { RequestContext } from '../http/context.js';
import type { CaseBody } from '../configs/kinds/index.js';

const CASES: Array<{ node: string; key: string; title: string; body: CaseBody }> = [
  {
    node: '150200', key: 'baotou-welding-returnees', title: '示例·返乡农牧民工学焊工，结业即上岗',
    body: {
      summary: '包头市昆都仑区组织返乡农牧民工参加焊工（五级）订单培训，学员结业取得证书后由合作企业录用。（示例数据）',
      training_kind: 'employment_skills', occupation_name: '焊工',
      sections: [
        { heading: '精准摸底', text: '旗县人社部门通过人社APP和入村宣讲收集培训意愿，按意愿和技能基础编班。' },
        { heading: '订单培训', text: '培训机构与用工企业共同制定课程，实训在企业车间进行，共120学时。' },
        { heading: '补贴直达', text: '公安人口库和证书库比对确认后免交复印件，补贴在审核通过后直接发放到个人账户。' },
      ],
      outcome: '参训学员全部取得焊工五级证书，多数在本地装备制造企业就业。（示例数据）',
      mn: { title: 'ᠵᠢᠱᠢᠶ᠎ᠡ᠄ ᠨᠤᠲᠤᠭ ᠲᠤ ᠪᠡᠨ ᠪᠤᠴᠠᠭᠰᠠᠨ ᠠᠵᠢᠯᠴᠢᠨ ᠭᠠᠭᠣᠨ ᠭᠠᠭᠨᠠᠭᠤᠷᠳᠠᠬᠤ ᠤᠷᠤᠯᠠᠯ ᠢ ᠰᠤᠷᠴᠤ ᠠᠵᠢᠯ ᠳᠤ ᠣᠷᠣᠪᠠ', summary: 'ᠪᠤᠭᠤᠳᠤ ᠬᠣᠲᠠ ᠶᠢᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠵᠢᠱᠢᠶ᠎ᠡ᠃', status: 'draft' },
    },
  },
  {
    node: '150000', key: 'region-online-ecommerce', title: '示例·牧区青年学直播销售，带动家乡特产',
    body: {
      summary: '自治区依托互联网+职业技能培训平台，为牧区青年开设直播销售线上培训班。（示例数据）',
      training_kind: 'new_forms', occupation_name: '互联网营销师',
      sections: [
        { heading: '线上学习', text: '学员在手机上完成理论课程，线下集中实训两周。' },
        { heading: '创业扶持', text: '结业学员可申请创业培训和创业担保贷款等扶持政策。' },
      ],
      outcome: '学员开设网店销售奶食品、牛羊肉等家乡特产。（示例数据）',
    },
  },
];

export async function seedTypicalCases(services: Services, ctx: RequestContext): Promise<number> {
  const knex = services.db.knex;
  const now = new Date().toISOString();
  const year = services.today().slice(0, 4);
  await knex.transaction(async (trx) => {
    for (const c of CASES) {
      const [id] = await trx('configs').insert({
        node_code: c.node, kind: 'case', key: c.key, doc_version: 1, state: 'published', mode: 'base', title: c.title,
        effective_from: `${year}-01-01`, effective_to: null, body: JSON.stringify(c.body), published_at: now, published_by: null,
        created_at: now, updated_at: now, created_by: null, updated_by: null, version: 1,
      });
      await services.audit.append(trx, ctx, { action: 'publish', resource: 'configs', recordId: typeof id === 'object' ? (id as { id: number }).id : id, changes: { node: c.node, kind: 'case', key: c.key, demo: true } });
    }
  });
  return CASES.length;
}
