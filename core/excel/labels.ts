// Chinese labels of the enum values that spreadsheets show and read back (the console's words: admin-ui i18n enums).
// Self-contained on purpose: admin-ui/src/i18n/excel-labels.test.ts checks these against the console's labels.

export const VALUE_LABELS: Record<string, Record<string, string>> = {
  region_level: { region: '自治区', league: '盟市', county: '旗县（市、区）', township: '苏木乡镇', village: '嘎查村' },
  role: { platform_admin: '平台管理员', region_admin: '盟市（旗县）管理员', reviewer: '审核员', institution_staff: '培训机构经办人', auditor: '审计员' },
  gender: { male: '男', female: '女' },
  worker_category: { rural_transfer: '农村转移劳动力', returnee: '返乡农牧民工', poverty_exited: '脱贫劳动力', employed: '在岗农牧民工' },
  worker_trait: {
    older: '大龄', youth: '青年', new_generation: '新生代',
    outbound_wish: '有外出务工意愿', local_wish: '有当地务工意愿', entrepreneurship_wish: '有创业意愿',
  },
  education: { primary: '小学及以下', junior: '初中', senior: '高中', vocational: '中专（中职、技校）', college: '大专', bachelor_plus: '本科及以上' },
  employment_status: { unemployed: '未就业', employed: '受雇就业', self_employed: '自主经营', gig: '灵活就业', farming: '务农（牧）' },
  institution_kind: {
    technical_school: '技工院校', vocational_school: '职业院校', training_org: '职业培训机构',
    enterprise: '企业', association: '行业协会', public_service: '公共就业服务机构',
  },
  approval_status: { pending: '待遴选', approved: '已遴选', suspended: '已暂停', revoked: '已撤销' },
  brand_level: { none: '无', region: '自治区级', league: '盟市级', county: '旗县级' },
  area_type: { rural: '农村', pastoral: '牧区', border: '边境地区', urban: '城镇' },
  base_level: { region: '自治区级', league: '盟市级', county: '旗县级' },
  skill_level: { '5': '五级/初级工', '4': '四级/中级工', '3': '三级/高级工', '2': '二级/技师', '1': '一级/高级技师', special: '专项职业能力' },
  training_kind: {
    employment_skills: '就业技能培训', entrepreneurship: '创业培训', new_forms: '新职业新业态培训', pre_job: '岗前培训',
    upgrade: '岗位技能提升培训', apprenticeship: '企业新型学徒制培训', high_skill: '高技能人才培训',
  },
  program_mode: { order: '订单式', directed: '定向式', post: '定岗式', project: '项目制', open: '开放报名' },
  delivery: { online: '线上（互联网+职业技能培训）', offline: '线下', blended: '线上线下结合' },
  target_group: { general: '一般劳动者', older: '大龄劳动者', youth: '青年劳动者' },
  program_status: { draft: '草稿', open: '招生中', running: '培训中', finished: '已结业', closed: '已关闭' },
  claim_type: { training: '职业培训补贴', evaluation: '职业技能评价补贴', upgrade: '技能提升补贴', base_reward: '以奖代补' },
  claim_state: { draft: '草稿', submitted: '已提交', under_review: '审核中', approved: '审核通过', rejected: '已驳回', paid: '已拨付' },
  claim_outcome: { eligible: '符合条件', ineligible: '不符合条件', needs_review: '需人工审核' },
  channel: {
    public_platform: '基层公共就业服务平台', gig_market: '零工市场', service_station: '人社服务站',
    app: '人社APP', outreach: '入村入企宣讲', other: '其他',
  },
  orientation: { outbound: '外出务工', local: '当地务工', entrepreneurship: '自主创业' },
  intention_status: { open: '待安置', placed: '已安置', closed: '已关闭' },
  enrollment_status: { enrolled: '在训', completed: '已结业', failed: '未通过', withdrawn: '已退出' },
  assessment_result: { pass: '合格', fail: '不合格' },
  certificate_kind: { qualification: '职业资格证书', skill_level: '职业技能等级证书', special: '专项职业能力证书' },
  fund_source_code: {
    employment_subsidy: '就业补助资金', unemployment_insurance: '失业保险基金', skills_action_account: '职业技能提升行动专账资金',
    enterprise_education: '企业职工教育经费', talent_development: '人才队伍建设经费',
  },
  config_kind: { catalog: '培训需求指导目录', ruleset: '补贴规则集', form: '表单', guide: '服务指南', param: '政策参数表', case: '典型案例' },
  config_state: { draft: '草稿', in_review: '审核中', published: '已发布', retired: '已停用' },
  config_mode: { base: '独立文档', extend: '继承并扩展上级' },
  risk_severity: { high: '高', medium: '中', low: '低' },
  risk_status: { open: '待处理', investigating: '调查中', cleared: '已排除', confirmed: '已查实' },
};

/** The label of a value, or the value itself when it has none. */
export function labelOf(enumName: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  return VALUE_LABELS[enumName]?.[String(value)] ?? String(value);
}

/** The code of a label or of a code as written (trimmed, full-width brackets tolerated); undefined when unknown. */
export function codeOf(enumName: string, text: string): string | undefined {
  const labels = VALUE_LABELS[enumName] ?? {};
  const t = text.trim().replace(/\(/g, '（').replace(/\)/g, '）');
  if (Object.hasOwn(labels, t)) return t;
  const lower = t.toLowerCase();
  if (Object.hasOwn(labels, lower)) return lower;
  return Object.entries(labels).find(([, label]) => label === t)?.[0];
}
