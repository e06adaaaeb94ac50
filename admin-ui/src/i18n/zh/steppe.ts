// Chinese texts of the console itself (app title, menu groups, buttons, validation) under `steppe.*`.
import { enums } from './enums';

export const steppe = {
  app: {
    title: 'Steppe 农牧民工职业技能培训补贴管理平台',
    short_title: 'Steppe',
  },
  menu: {
    workers: '劳动者与就业服务',
    training: '培训组织',
    money: '补贴与资金',
    system: '系统管理',
  },
  workers: {
    reveal: '显示完整信息',
    hide: '隐藏完整信息',
    revealed_notice: '完整信息仅供办理业务使用，本次查看已记入审计日志。',
    id_number_help: '18 位公民身份号码，末位可为 X；出生日期、性别和户籍地由号码自动得出',
    masked_help: '保留掩码表示不修改；如需修改请输入完整号码',
  },
  users: {
    password_keep: '留空则不修改密码',
  },
  claims: {
    decision_section: '审核决定',
    application_section: '申请信息',
  },
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
  },
  enums,
};
