// ParamsTable: a parameter document read-only — each parameter by its name, type, values from their dates, and policy basis.
import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { paramsOf } from '../../lowcode/bodyViews';
import { useEffective } from '../../lowcode/draftTools';
import { PARAM_TYPES, paramValueText, type ParamLike } from '../../lowcode/paramText';

interface Param extends ParamLike { basis?: string; values?: Array<{ from: string; value: unknown; note?: string }>; remove?: boolean }

export const ParamsTable = ({ body, node }: { body: unknown; node: string }) => {
  // An extension writes only a name and its new values: the label, type and unit come from the parameters in force.
  const effective = useEffective(node, 'param');
  const known = new Map<string, Param>(paramsOf(effective?.body).map((p) => [p.name, p]));
  const params: Param[] = paramsOf(body);
  if (params.length === 0) return <Typography color="text.secondary">本文档没有设定参数。</Typography>;
  return (
    <Table size="small" data-testid="params-table">
      <TableHead><TableRow><TableCell>参数</TableCell><TableCell>类型</TableCell><TableCell>取值</TableCell><TableCell>政策依据</TableCell></TableRow></TableHead>
      <TableBody>
        {params.map((own) => {
          const p = { ...(known.get(own.name) ?? {}), ...own };
          return (
            <TableRow key={p.name}>
              <TableCell>{p.label ?? p.name}</TableCell>
              <TableCell>{PARAM_TYPES[p.type ?? ''] ?? p.type ?? ''}</TableCell>
              <TableCell>
                {p.remove ? <Chip size="small" color="error" label="删除上级参数" /> : (p.values ?? []).map((v) => (
                  <Typography key={v.from} variant="body2">自 {v.from} 起：{paramValueText(p, v.value)}{v.note ? `（${v.note}）` : ''}</Typography>
                ))}
              </TableCell>
              <TableCell sx={{ maxWidth: 360 }}><Typography variant="caption">{p.basis}</Typography></TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
