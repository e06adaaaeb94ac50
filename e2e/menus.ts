// What each demo role must and must not find in the side menu (names from the console's i18n file).
export const ROLE_MENUS: Array<{ username: string; shown: string[]; hidden: string[] }> = [
  { username: 'admin', shown: ['劳动者', '补贴申请', '风险隐患清单', '用户', '配置文档', '审计日志', '培训需求台账', '统计报表', '发证机构名录', '大数据比对数据'], hidden: [] },
  { username: 'baotou_admin', shown: ['劳动者', '补贴申请', '资金预算', '用户', '配置文档', '审计日志', '就业需求台账', '统计报表', '大数据比对数据'], hidden: [] },
  { username: 'baotou_reviewer', shown: ['补贴申请', '风险隐患清单', '劳动者', '培训项目', '统计报表'], hidden: ['用户', '审计日志', '资金预算', '配置文档', '培训需求台账', '大数据比对数据', '发证机构名录'] },
  { username: 'baotou_school', shown: ['劳动者', '培训项目', '培训报名', '出勤记录', '补贴申请', '培训需求台账'], hidden: ['用户', '审计日志', '风险隐患清单', '配置文档', '培训机构', '统计报表', '大数据比对数据'] },
  { username: 'auditor', shown: ['审计日志', '补贴申请', '配置文档', '统计报表', '技能评价需求台账'], hidden: ['大数据比对数据'] },
];
