// ConditionTable: a rule's comparisons: what was required, what the facts were (codes in words), and whether each held.
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { valueLabeller } from '../../configs/rules/valueLabels';
import { conditionSubject, showValue } from './format';
import { PassIcon } from './PassIcon';
import type { ConditionView } from './types';

export const ConditionTable = ({ conditions }: { conditions: ConditionView[] }) => {
  const translate = useTranslate();
  const label = valueLabeller(translate);
  if (conditions.length === 0) return null;
  return (
    <TableContainer>
      <Table size="small">
        <TableHead>
          <TableRow>
            {['subject', 'operator', 'expected', 'actual', 'result'].map((h) => (
              <TableCell key={h}>{translate(`steppe.decision.columns.${h}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {conditions.map((c, i) => (
            <TableRow key={i}>
              <TableCell>{conditionSubject(c.fact_label, c.path_label)}</TableCell>
              <TableCell>{c.negated ? translate('steppe.decision.not', { op: c.operator_label }) : c.operator_label}</TableCell>
              <TableCell>{c.expected_from ? c.expected_from.label : showValue(c.expected, label)}</TableCell>
              <TableCell>{showValue(c.actual, label)}</TableCell>
              <TableCell><PassIcon passed={c.evaluated ? c.passed : null} /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
