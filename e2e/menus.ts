// What each demo role must and must not find in the side menu (names from the console's i18n file).
export const ROLE_MENUS: Array<{ username: string; shown: string[]; hidden: string[] }> = [
  { username: 'admin', shown: ['劳动者', '补贴申请', '风险隐患清单', '用户', '配置文档', '审计日志'], hidden: [] },
  { username: 'baotou_admin', shown: ['劳动者', '补贴申请', '资金预算', '用户', '配置文档', '审计日志'], hidden: [] },
  { username: 'baotou_reviewer', shown: ['补贴申请', '风险隐患清单', '劳动者', '培训项目'], hidden: ['用户', '审计日志', '资金预算', '配置文档'] },
  { username: 'baotou_school', shown: ['劳动者', '培训项目', '培训报名', '出勤记录', '补贴申请'], hidden: ['用户', '审计日志', '风险隐患清单', '配置文档', '培训机构'] },
  { username: 'auditor', shown: ['审计日志', '补贴申请', '配置文档'], hidden: [] },
];
