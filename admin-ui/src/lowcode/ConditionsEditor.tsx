// ConditionsEditor: a rule's conditions as nested 全部满足/任一满足 groups (React Query Builder with MUI), fields and values by type.
import { useMemo, useState } from 'react';
import { QueryBuilder, type Field, type ValueEditorProps } from 'react-querybuilder';
import { MaterialValueEditor, QueryBuilderMaterial } from '@react-querybuilder/material';
import { RegionPicker } from '../common/RegionPicker';
import 'react-querybuilder/dist/query-builder.css';
import { conditionOf, groupOf, type Condition, type QGroup } from './ruleQuery';
import { coerceFor } from './fields';

const translations = {
  addRule: { label: '＋ 条件', title: '添加条件' },
  addGroup: { label: '＋ 条件组', title: '添加一组条件' },
  removeRule: { label: '删除', title: '删除此条件' },
  removeGroup: { label: '删除组', title: '删除此组条件' },
  notToggle: { label: '不成立', title: '要求此组条件不成立' },
  fields: { title: '比较项', placeholderLabel: '请选择', placeholderGroupLabel: '请选择' },
  operators: { title: '比较方式', placeholderLabel: '请选择' },
  combinators: { title: '组合方式' },
  value: { title: '比较值' },
  valueSourceSelector: { title: '与固定值或其他项比较' },
};
const combinators = [{ name: 'and', value: 'and', label: '全部满足' }, { name: 'or', value: 'or', label: '任一满足' }];

/** A region compared with a fixed value is searched by name and shown in the tree (包头市 › 昆都仑区), not picked from a list of codes. */
const ValueEditor = (props: ValueEditorProps) => {
  const type = (props.fieldData as unknown as { valueType?: string }).valueType;
  if (type !== 'region' || props.valueSource === 'field') return <MaterialValueEditor {...props} />;
  const many = props.operator === 'in' || props.operator === 'notIn';
  return (
    <span className="rule-value">
      {many ? <RegionPicker multiple label="地区" disabled={props.disabled} value={Array.isArray(props.value) ? props.value.map(String) : props.value ? [String(props.value)] : []} onChange={(codes) => props.handleOnChange(codes)} />
        : <RegionPicker label="地区" disabled={props.disabled} value={Array.isArray(props.value) ? String(props.value[0] ?? '') : String(props.value ?? '')} onChange={(code) => props.handleOnChange(code)} />}
    </span>
  );
};

interface Props {
  conditions: Condition;
  fields: Array<Field & { family: string; valueType: string }>;
  onChange?: (conditions: Condition) => void;
  readOnly?: boolean;
}

export const ConditionsEditor = ({ conditions, fields, onChange, readOnly }: Props) => {
  // The JSON is what is stored; the query (with the builder's row ids) is kept while it still says the same thing, and
  // derived afresh only when the JSON changed elsewhere (the JSON tab, a reload). Deriving it on every edit gave every
  // row new ids, so each keystroke re-mounted the rows and closed any open menu.
  const text = JSON.stringify(conditions);
  const [shown, setShown] = useState(() => ({ text, query: groupOf(conditions) }));
  // Set during render: React renders again at once with the new state and discards this pass.
  if (shown.text !== text) setShown({ text, query: groupOf(conditions) });
  const coerce = useMemo(() => coerceFor(fields), [fields]);
  const change = (q: QGroup) => {
    const next = conditionOf(q, coerce);
    setShown({ text: JSON.stringify(next), query: q });
    onChange?.(next);
  };
  return (
    <QueryBuilderMaterial>
      <QueryBuilder
        fields={fields}
        query={shown.query}
        onQueryChange={(q) => change(q as QGroup)}
        combinators={combinators}
        translations={translations}
        showNotToggle
        listsAsArrays
        disabled={readOnly}
        resetOnFieldChange
        controlClassnames={{ queryBuilder: 'queryBuilder-branches' }}
        controlElements={{ valueEditor: ValueEditor }}
      />
    </QueryBuilderMaterial>
  );
};
