// The worker roster (花名册): the Chinese column headers it accepts and the worker field each one fills.

/** Accepted headers of each worker field (the first is the one the template and the export use). */
export const ROSTER_FIELDS: Record<string, string[]> = {
  id_number: ['公民身份号码', '身份证号码', '身份证号'],
  name: ['姓名'],
  region_code: ['所属地区代码', '地区代码', '登记地代码'],
  category: ['人员类别'],
  phone: ['手机号码', '手机号', '联系电话'],
  traits: ['人员特征'],
  education: ['文化程度'],
  skill_base: ['技能基础'],
  employment_status: ['就业状态'],
  employer: ['工作单位', '就业单位'],
  payee_account: ['收款账号', '银行账号'],
  notes: ['备注'],
};

/** Columns of the worker export that the server derives (from the ID number, or bookkeeping): read and ignored. */
export const DERIVED_HEADERS = ['编号', '性别', '出生日期', '户籍地代码', '所属地区', '创建时间', '更新时间', '行号', '错误原因'];

/** 「姓名*」「 人员类别（必填）」 → 「姓名」「人员类别」. */
export function normaliseHeader(header: string): string {
  return header.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/（必填）$/, '').replace(/^\*|\*$/g, '');
}

const BY_HEADER = new Map(Object.entries(ROSTER_FIELDS).flatMap(([field, headers]) => headers.map((h) => [h, field] as const)));

export function fieldOfHeader(header: string): string | undefined {
  return BY_HEADER.get(normaliseHeader(header));
}
