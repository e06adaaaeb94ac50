// Shared pieces of the resource translations: the columns every table has, date-range filter labels.
export const common = {
  id: '编号',
  created_at: '创建时间',
  updated_at: '更新时间',
  created_by: '创建人',
  updated_by: '更新人',
  version: '记录版本',
  extra: '地区扩展字段',
  form_version: '表单版本',
};

/** Labels of the `<field>_gte` / `<field>_lte` filters of a date range. */
export const range = (field: string, label: string) => ({
  [`${field}_gte`]: `${label}（起）`,
  [`${field}_lte`]: `${label}（止）`,
});
