// Chinese texts of the console itself (app title, menu groups, buttons, validation) under `steppe.*`.
import { app } from './app';
import { enums } from './enums';
import { catalog, claims, dashboard, decision, excel, forms, jobs, publish, risk, rules } from './tools';
import { sessions } from './sessions';
import { audit, history, issuers, ledgers, reports, riskReport, verification } from './pages';

export const steppe = {
  app,
  list: {
    total_estimated: '共约 %{total} 条（数据量大，总数为估算）',
  },
  menu: {
    workers: '劳动者与就业服务',
    training: '培训组织',
    money: '补贴与资金',
    ledgers: '台账',
    system: '系统管理',
  },
  workers: {
    reveal: '显示完整信息',
    hide: '隐藏完整信息',
    revealed_notice: '完整信息仅供办理业务使用，本次查看已记入审计日志。',
    id_number_help: '18 位公民身份号码，末位可为 X；出生日期、性别和户籍地由号码自动得出',
    masked_help: '保留掩码表示不修改；如需修改请输入完整号码',
    search: '姓名开头、身份证号或手机号',
  },
  programs: {
    occupation_help: '从本地区生效的培训需求指导目录中选择职业（工种）',
    level_hint: '%{level}：最低 %{hours} 学时，补贴标准 %{amount}',
  },
  enrollments: {
    id_number_help: '可直接填写学员的公民身份号码（无需在列表中查找）；人员须已登记',
    hours_help: '由出勤记录自动累计',
  },
  users: {
    password_keep: '留空则不修改密码',
  },
  claims,
  decision,
  excel,
  sessions,
  jobs,
  catalog,
  publish,
  rules,
  forms,
  dashboard,
  risk,
  history,
  audit,
  ledgers,
  reports,
  risk_report: riskReport,
  verification,
  issuers,
  money: {
    yuan_help: '单位：元，最多两位小数',
  },
  validation: {
    id_number: '公民身份号码格式或校验位不正确',
    money: '请输入金额（元），最多两位小数',
    credit_code: '统一社会信用代码应为 18 位数字或大写字母',
    region_code: '区划代码应为 6、9 或 12 位数字',
    phone: '手机号码应为 11 位数字',
    date_order: '结束日期不能早于开始日期',
    range_order: '上限不能小于下限',
    rejection_reason: '驳回时必须填写驳回原因',
    worker_or_id_number: '请选择学员，或填写学员的公民身份号码',
  },
  enums,
};
