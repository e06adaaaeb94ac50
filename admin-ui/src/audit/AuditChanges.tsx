// AuditChanges: an audit entry's changes as a table — 字段, 变更前, 变更后 — in the resource's Chinese field labels and
// enum words (状态：招生中 → 开班中), not raw JSON.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatFen } from '../common/money';
import { valueLabeller } from '../configs/rules/valueLabels';
import { cellText, changeRows, enumWord } from './changeRows';
import { configBodyLines } from './configBodyLines';
import { KEY_LABELS } from '../configs/bodyTemplates';

export const AuditChanges = (_props: FieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const resource = String(record.resource ?? '');
  let changes: unknown = record.changes;
  if (typeof changes === 'string') {
    try { changes = JSON.parse(changes); } catch { /* shown as text below */ }
  }
  const rows = changeRows(changes);
  if (rows.length === 0) return <Typography variant="body2" color="text.secondary">{translate('steppe.audit.no_changes')}</Typography>;
  // The resource's own label, else the workflow's words (amount, budget …), else the key.
  const label = (field: string) => translate(`resources.${resource}.fields.${field}`, { _: translate(`steppe.audit.fields.${field}`, { _: field }) });
  // A value of an enum field reads in words where the console knows it (states, categories, levels); other codes the
  // rule editors name (returnee → 返乡农牧民工) too; lists item by item.
  const codeWord = valueLabeller(translate);
  const word = (field: string, v: unknown) => enumWord(resource, field, v, translate) ?? (typeof v === 'string' ? codeWord(v) : undefined);
  const value = (field: string, v: unknown) => {
    if (field.endsWith('_fen') && typeof v === 'number') return formatFen(v);
    if (resource === 'configs' && field === 'key' && typeof v === 'string') return KEY_LABELS[v] ?? v;
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map((x) => word(field, x) ?? String(x)).join('、');
    const text = cellText(v);
    if (!text) return translate('steppe.audit.empty');
    return word(field, v) ?? text;
  };
  return (
    <Table size="small" sx={{ maxWidth: 900 }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ minWidth: 96 }}>{translate('steppe.audit.field')}</TableCell>
          <TableCell sx={{ minWidth: 96 }}>{translate('steppe.audit.before')}</TableCell>
          <TableCell sx={{ minWidth: 96 }}>{translate('steppe.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => resource === 'configs' && row.field === 'body' ? (
          // A document's body: what changed in it, item by item, instead of two blobs of JSON.
          <TableRow key={row.field}>
            <TableCell>{label(row.field)}</TableCell>
            <TableCell colSpan={2} sx={{ whiteSpace: 'pre-line' }}>{configBodyLines(row.before, row.after, translate).join('\n') || translate('steppe.audit.no_changes')}</TableCell>
          </TableRow>
        ) : (
          <TableRow key={row.field}>
            <TableCell>{label(row.field)}</TableCell>
            <TableCell sx={{ wordBreak: 'break-all' }}>{row.before === undefined ? '' : value(row.field, row.before)}</TableCell>
            <TableCell sx={{ wordBreak: 'break-all' }}>{value(row.field, row.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
