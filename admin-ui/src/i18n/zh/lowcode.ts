// Chinese texts of the low-code editors: rule builder, parameters, form builder, rule tests, plain diffs.
export const lowcode = {
  retired_field: '（已从表单中移除，仅保留原值）',
  placeholder: '',
};
