// The Chinese column headers of every resource's spreadsheet export, in column order; the one place to edit them.
// A column is [field, header, format?]: format is an enum of labels.ts (value → label), `list:<enum>` (an array of
// codes → labels joined by 、), `region_name` (the name of the region code in `field`), `bool` (是/否) or `json`.
// Fields ending in `_fen` are money: exported in yuan with two decimals (say so in the header: 「（元）」).

export type ColumnSpec = [field: string, header: string, format?: string];

const BOOKKEEPING: ColumnSpec[] = [['created_at', '创建时间'], ['updated_at', '更新时间']];

export const HEADERS: Record<string, ColumnSpec[]> = {
  regions: [
    ['id', '区划代码'], ['name', '名称'], ['level', '级别', 'region_level'], ['parent_id', '上级区划代码'],
    ['parent_id', '上级区划', 'region_name'], ['is_example', '示例数据', 'bool'], ['owns_config', '有独立配置', 'bool'],
  ],
  users: [
    ['id', '编号'], ['username', '用户名'], ['display_name', '姓名'], ['role', '角色', 'role'],
    ['region_code', '所属地区代码'], ['region_code', '所属地区', 'region_name'], ['institution_id', '所属培训机构编号'],
    ['active', '启用', 'bool'], ['locked_until', '锁定至'], ['last_login_at', '最近登录'], ...BOOKKEEPING,
  ],
  workers: [
    ['id', '编号'], ['name', '姓名'], ['id_number', '公民身份号码'], ['gender', '性别', 'gender'], ['birth_date', '出生日期'],
    ['home_region_code', '户籍地代码'], ['region_code', '所属地区代码'], ['region_code', '所属地区', 'region_name'],
    ['category', '人员类别', 'worker_category'], ['traits', '人员特征', 'list:worker_trait'], ['phone', '手机号码'],
    ['payee_account', '收款账号'], ['education', '文化程度', 'education'], ['skill_base', '技能基础'],
    ['employment_status', '就业状态', 'employment_status'], ['employer', '工作单位'], ['notes', '备注'], ...BOOKKEEPING,
  ],
  institutions: [
    ['id', '编号'], ['name', '机构名称'], ['credit_code', '统一社会信用代码'], ['region_code', '所在地区代码'],
    ['region_code', '所在地区', 'region_name'], ['kind', '机构类型', 'institution_kind'], ['approval_status', '遴选状态', 'approval_status'],
    ['approved_from', '遴选有效期起'], ['approved_to', '遴选有效期止'], ['brand_level', '培训品牌等级', 'brand_level'],
    ['contact_name', '联系人'], ['contact_phone', '联系电话'], ['address', '地址'], ['occupations', '可培训评价职业（工种）代码', 'list'],
    ...BOOKKEEPING,
  ],
  bases: [
    ['id', '编号'], ['name', '基地名称'], ['institution_id', '依托机构编号'], ['region_code', '所在地区代码'],
    ['region_code', '所在地区', 'region_name'], ['area_type', '区域类型', 'area_type'], ['capacity', '实训工位数'],
    ['occupations', '实训职业（工种）代码', 'list'], ['level', '基地级别', 'base_level'], ...BOOKKEEPING,
  ],
  programs: [
    ['id', '编号'], ['name', '项目（班级）名称'], ['institution_id', '培训机构编号'], ['region_code', '所在地区代码'],
    ['region_code', '所在地区', 'region_name'], ['occupation_code', '职业（工种）代码'], ['occupation_name', '职业（工种）名称'],
    ['level', '等级', 'skill_level'], ['training_kind', '培训类型', 'training_kind'], ['mode', '培训方式', 'program_mode'],
    ['delivery', '授课形式', 'delivery'], ['target_group', '面向人群', 'target_group'], ['subsidised', '纳入补贴', 'bool'],
    ['hours', '培训课时'], ['capacity', '计划人数'], ['start_date', '开班日期'], ['end_date', '结业日期'],
    ['status', '状态', 'program_status'], ...BOOKKEEPING,
  ],
  intentions: [
    ['id', '编号'], ['worker_id', '劳动者编号'], ['region_code', '登记地代码'], ['region_code', '登记地', 'region_name'],
    ['channel', '采集渠道', 'channel'], ['stated_on', '登记日期'], ['occupation_code', '意向职业（工种）代码'],
    ['training_kind', '培训类型', 'training_kind'], ['orientation', '就业意向', 'orientation'], ['wants_training', '有培训意愿', 'bool'],
    ['wants_evaluation', '有技能评价意愿', 'bool'], ['wants_job', '有就业需求', 'bool'], ['job_wish', '求职意向'],
    ['status', '状态', 'intention_status'], ['enrollment_id', '已安排的培训报名编号'], ...BOOKKEEPING,
  ],
  enrollments: [
    ['id', '编号'], ['program_id', '培训项目编号'], ['worker_id', '学员编号'], ['intention_id', '对应培训意愿编号'],
    ['status', '状态', 'enrollment_status'], ['enrolled_on', '报名日期'], ['attended_hours', '已出勤课时'],
    ['completed_on', '结业日期'], ['assessment_result', '考核结果', 'assessment_result'], ...BOOKKEEPING,
  ],
  attendance: [
    ['id', '编号'], ['enrollment_id', '培训报名编号'], ['session_date', '上课日期'], ['hours', '课时'], ['check_in_at', '签到时间'],
    ...BOOKKEEPING,
  ],
  certificates: [
    ['id', '编号'], ['worker_id', '持证人编号'], ['enrollment_id', '培训报名编号'], ['kind', '证书类型', 'certificate_kind'],
    ['number', '证书编号'], ['occupation_code', '职业（工种）代码'], ['level', '等级', 'skill_level'], ['issuer', '发证机构'],
    ['issued_on', '发证日期'], ...BOOKKEEPING,
  ],
  fund_sources: [['id', '编号'], ['code', '资金类别', 'fund_source_code'], ['name', '名称']],
  budgets: [
    ['id', '编号'], ['fund_source_id', '资金来源编号'], ['region_code', '地区代码'], ['region_code', '地区', 'region_name'],
    ['year', '年度'], ['amount_fen', '预算金额（元）'], ['reserved_fen', '已预留（元）'], ['spent_fen', '已支出（元）'], ...BOOKKEEPING,
  ],
  claims: [
    ['id', '申请编号'], ['type', '补贴类型', 'claim_type'], ['worker_id', '劳动者编号'], ['program_id', '培训项目编号'],
    ['enrollment_id', '培训报名编号'], ['certificate_id', '证书编号'], ['base_id', '实训基地编号'], ['institution_id', '培训机构编号'],
    ['region_code', '申请地区代码'], ['region_code', '申请地区', 'region_name'], ['claim_date', '申请日期'],
    ['period_from', '奖补期间起'], ['period_to', '奖补期间止'], ['requested_fen', '申请金额（元）'], ['decided_fen', '核定金额（元）'],
    ['state', '状态', 'claim_state'], ['outcome', '规则判定', 'claim_outcome'], ['rejection_reason', '驳回原因'],
    ['fund_source_id', '资金来源编号'], ['submitted_at', '提交时间'], ['decided_at', '审核时间'], ['decided_by', '审核人编号'],
    ['paid_at', '拨付时间'], ...BOOKKEEPING,
  ],
  follow_ups: [
    ['id', '编号'], ['enrollment_id', '培训报名编号'], ['worker_id', '劳动者编号'], ['region_code', '地区代码'],
    ['due_on', '应回访日期'], ['months_after', '结业后月数'], ['done_on', '回访日期'], ['employed', '已就业', 'bool'],
    ['employer', '就业单位'], ['income_band', '月收入区间'], ['satisfaction', '满意度（1～5）'], ['notes', '备注'], ...BOOKKEEPING,
  ],
  job_postings: [
    ['id', '编号'], ['employer', '用工单位'], ['title', '岗位名称'], ['region_code', '工作地代码'], ['region_code', '工作地', 'region_name'],
    ['occupation_code', '职业（工种）代码'], ['min_level', '最低技能等级', 'skill_level'], ['positions', '招聘人数'],
    ['wage_min_fen', '月薪下限（元）'], ['wage_max_fen', '月薪上限（元）'], ['valid_to', '有效期至'], ...BOOKKEEPING,
  ],
  configs: [
    ['id', '编号'], ['node_code', '所属节点代码'], ['node_code', '所属节点', 'region_name'], ['kind', '文档类型', 'config_kind'],
    ['key', '文档键'], ['doc_version', '文档版本'], ['state', '状态', 'config_state'], ['mode', '继承方式', 'config_mode'],
    ['title', '标题'], ['effective_from', '生效日期'], ['effective_to', '失效日期'], ['published_at', '发布时间'],
    ['published_by', '发布人编号'], ...BOOKKEEPING,
  ],
  issuers: [
    ['id', '编号'], ['name', '发证机构名称'], ['occupation_codes', '职业（工种）代码', 'list'], ['region_code', '地区代码'],
    ['region_code', '地区', 'region_name'], ['valid_from', '有效期起'], ['valid_to', '有效期止'], ...BOOKKEEPING,
  ],
  risk_cases: [
    ['id', '编号'], ['check_id', '核查项'], ['region_code', '地区代码'], ['region_code', '地区', 'region_name'],
    ['severity', '风险等级', 'risk_severity'], ['title', '标题'], ['summary', '摘要'], ['status', '状态', 'risk_status'],
    ['assignee_id', '承办人编号'], ['claim_ids', '涉及申请编号', 'list'], ['institution_id', '涉及培训机构编号'],
    ['worker_ids', '涉及劳动者编号', 'list'], ['held_fen', '暂停拨付金额（元）'], ['found_at', '发现时间'],
    ['last_seen_at', '最近发现时间'], ['resolved_at', '处置时间'], ['resolution', '处置结论'],
  ],
  sms_outbox: [
    ['id', '编号'], ['phone', '手机号码'], ['region_code', '地区代码'], ['region_code', '地区', 'region_name'],
    ['purpose', '用途'], ['body', '短信内容'], ['status', '状态'], ['created_at', '创建时间'],
  ],
  audit: [
    ['seq', '序号'], ['at', '时间'], ['username', '用户名'], ['role', '角色', 'role'], ['region_code', '地区代码'],
    ['action', '操作'], ['resource', '资源'], ['record_id', '记录编号'], ['changes', '变更内容', 'json'], ['request_id', '请求编号'],
    ['ip', 'IP 地址'],
  ],
};

/** Headers of a resource; one without a map gets its scalar fields under their own names (and a test fails). */
export function headersOf(resource: string, fields: Iterable<[string, { kind: string }]>): ColumnSpec[] {
  return HEADERS[resource] ?? [...fields].filter(([, f]) => f.kind !== 'json').map(([name]) => [name, name] as ColumnSpec);
}
