// ConditionTable: a rule's comparisons: what was required, what the facts were (codes in words), and whether each held.
import { useTranslate } from 'react-admin';
import { RowsTable } from '../../common/RowsTable';
import { valueLabeller } from '../../configs/rules/valueLabels';
import { conditionSubject, showValue } from './format';
import { PassIcon } from './PassIcon';
import type { ConditionView } from './types';

export const ConditionTable = ({ conditions }: { conditions: ConditionView[] }) => {
  const translate = useTranslate();
  const label = valueLabeller(translate);
  if (conditions.length === 0) return null;
  return (
    <RowsTable
      head={['subject', 'operator', 'expected', 'actual', 'result'].map((h) => translate(`steppe.decision.columns.${h}`))}
      rows={conditions.map((c, i) => ({
        key: String(i),
        cells: [
          conditionSubject(c.fact_label, c.path_label),
          c.negated ? translate('steppe.decision.not', { op: c.operator_label }) : c.operator_label,
          c.expected_from ? c.expected_from.label : showValue(c.expected, label),
          showValue(c.actual, label),
          <PassIcon key="result" passed={c.evaluated ? c.passed : null} />,
        ],
      }))}
    />
  );
};
