// Chinese texts of the console's pages beyond the resources: claim history, the three ledgers, reports,
// the data-comparison registry and the issuer register's helpers.

export const history = {
  empty: '暂无办理记录。批量导入的申请（如演示数据中的风险样例）只在导入时整批记录一次，没有逐件的办理记录。',
  system: '系统',
  created: '新建申请',
  updated: '修改申请内容',
  evaluated: '规则判定：%{outcome}',
  denied: '越权操作被拒绝',
  to: { submitted: '提交申请', under_review: '开始审核', approved: '批准', rejected: '驳回', paid: '登记拨付', draft: '退回草稿' },
  amount: {
    approved: '批准金额 %{amount}',
    paid: '拨付金额 %{amount}',
    evaluated: '规则核定金额 %{amount}',
    other: '金额 %{amount}',
  },
  requested: '申请金额 %{amount}',
  fund: '资金来源：%{fund}',
  reason: '驳回原因：%{reason}',
  risk_case: '风险案件 #%{id} 查实',
  failed_rules: '未满足的规则：%{rules}',
};

export const ledgers = {
  training: { title: '培训需求台账', help: '登记时表示有培训意愿的劳动者。「已安置」表示已报名参加培训班，点击班级名称可查看报名记录。' },
  evaluation: { title: '技能评价需求台账', help: '登记时表示有职业技能评价（鉴定、等级认定）意愿的劳动者。' },
  job: { title: '就业需求台账', help: '登记时表示有就业需求的劳动者，可按求职意向推荐岗位。' },
  status: { open: '待安置', placed: '已安置', closed: '已关闭' },
  placement: '安置去向',
  occupation: '意向职业（工种）',
  figures: '当前筛选：意愿 %{wishes} 条（人次），涉及 %{workers} 人；待安置 %{open_wishes} 条 / %{open_workers} 人，已安置 %{placed_wishes} 条 / %{placed_workers} 人。',
  empty: '当前筛选条件下没有登记记录。可清除筛选条件，或在「意愿登记」中登记新的意愿。',
};

export const reports = {
  title: '统计报表',
  period_from: '统计期间起',
  period_to: '统计期间止',
  region: '地区（含下级）',
  region_help: '不选则统计您权限范围内的全部地区',
  export_xlsx: '导出 Excel',
  export_csv: '导出 CSV',
  total: '合计',
  loading: '正在统计…',
  summary: {
    title: '补贴申请汇总',
    group_by: '汇总方式',
    help: '按申请日期统计；核准金额含已批准和已拨付的申请。',
    empty: '所选期间和地区内没有补贴申请。',
    columns: { key: '分组', claims: '申请件数', workers: '涉及人数', requested_fen: '申请金额', approved_fen: '核准金额', paid_fen: '已拨付金额' },
  },
  group: { region: '按盟市', category: '按人员类别', training_kind: '按培训类型', occupation: '按职业（工种）', month: '按月份', type: '按补贴类型' },
  none: {
    region: '未填写地区',
    category: '无对应劳动者（以奖代补）',
    training_kind: '无对应培训项目（评价、以奖代补等）',
    occupation: '无对应培训项目（评价、以奖代补等）',
    month: '未填写申请日期',
    type: '未填写补贴类型',
  },
  placement: {
    title: '愿培尽培：培训意愿安置情况',
    help: '按登记日期统计。愿培尽培率按人计算：已安置人数 ÷ 有培训意愿人数，一人经多个渠道登记多条意愿只计一人；至少一条培训意愿已报名参加培训班即为已安置。「意愿条数（人次）」按登记条数计，仅供参考。',
    empty: '所选期间和地区内没有培训意愿登记。',
    columns: {
      name: '盟市', workers: '有培训意愿人数', placed_workers: '已安置人数', open_workers: '待安置人数', rate: '愿培尽培率（按人）',
      wishes: '意愿条数（人次）', placed_wishes: '已安置条数（人次）',
    },
  },
  spend: {
    title: '资金预算执行情况',
    year: '预算年度',
    all_years: '全部年度',
    help: '按资金来源汇总所选地区的预算（不受统计期间影响）。',
    empty: '所选年度和地区没有登记预算。请在「资金预算」中登记。',
    columns: { name: '资金来源', budget_fen: '预算', reserved_fen: '已预留', spent_fen: '已支出', remaining_fen: '可用余额', rate: '支出进度' },
  },
  forbidden: '统计报表供管理员、审核员和审计员使用。',
};

export const riskReport = {
  title: '风险处置统计',
  summary: '共发现 %{found} 件，排除 %{cleared} 件，查实 %{confirmed} 件，在办 %{open} 件；暂停拨付 %{held}',
  help: '「在办」为统计期末仍待处理或调查中的案件；「暂停拨付」为这些案件涉及、尚未拨付的申请金额。',
  columns: { name: '地区', found: '发现', cleared: '排除', confirmed: '查实', open: '在办', held_fen: '暂停拨付金额', confirmed_fen: '查实止付金额' },
};

export const verification = {
  title: '大数据比对数据',
  help: '上传公安、人社、乡村振兴等部门提供的比对数据后，规则判定时以比对结果代替劳动者提交的纸质证明（免提交材料）。已接入实时接口（如公安人口库）的比对项，以接口结果为准，本页数据作为补充。',
  check: '比对类型',
  file: '选择 CSV 文件',
  no_file: '尚未选择文件',
  picked: '%{name}（%{rows} 行数据）',
  format: '文件格式：每行一人，各列依次为「公民身份号码,状态,职业编码,等级,起始日期,截止日期」，第一行可以是表头。状态填「是」或「否」；证书比对须填职业编码和等级（5/4/3/2/1/special）；日期格式为 2026-01-31。用 Excel 另存为「CSV（逗号分隔）」即可。',
  upload: '上传并导入',
  uploading: '正在导入…',
  result: '%{check}数据已导入（%{at}）：成功 %{loaded} 行，跳过 %{rejected} 行。',
  rejected_title: '以下各行未导入：',
  row: '文件行号',
  reason: '原因',
  empty_file: '文件中没有数据行',
  batches: '已导入的比对数据',
  batches_empty: '尚未导入比对数据。未导入时，规则判定中的比对结果显示为「无法比对」，需劳动者提交纸质材料。',
  columns: { check: '比对类型', loaded_at: '导入时间', source: '数据来源', rows: '行数' },
  sources: { 'manual-file': '管理员上传文件', 'reference-table': '比对数据表', 'demo-sample': '示例数据' },
  forbidden: '比对数据由管理员导入。',
  claim: {
    title: '本申请的数据比对记录',
    empty: '本申请尚无数据比对记录（申请提交、规则判定时自动比对）。',
    columns: { check: '比对项目', confirmed: '比对结果', source: '数据来源', checked_at: '比对时间' },
    state: { confirmed: '一致，免提交材料', refuted: '不一致，需提交材料', unknown: '无比对数据，需提交材料' },
  },
};

export const issuers = {
  create_title: '登记发证机构',
  occupation_help: '从本地区生效的培训需求指导目录中选择，可选多个',
  more: '等 %{count} 个',
  validity: { range: '%{from} 至 %{to}', from: '%{from} 起', to: '至 %{to}', always: '长期有效' },
};

/** The audit trail's own words: its changes as rows, and the chain check. */
export const audit = {
  field: '字段',
  before: '变更前',
  after: '变更后',
  empty: '（空）',
  no_changes: '无字段变更',
  verify: '校验审计链',
  verify_ok: '审计链完整：共 %{entries} 条记录，与最新签名检查点 #%{seq}（%{at}）一致。',
  verify_ok_no_checkpoint: '审计链完整：共 %{entries} 条记录（尚无签名检查点）。',
  verify_failed: '审计链校验未通过：%{message}',
  /** Fields the workflow records that are not columns of the resource. */
  fields: { node: '所属区划节点', verb: '操作', amount_fen: '金额', budget_id: '预算', reason: '原因', added_claim_ids: '新增关联申请', previous_resolution: '原处理结论', filter: '筛选条件', rows: '行数' },
};
