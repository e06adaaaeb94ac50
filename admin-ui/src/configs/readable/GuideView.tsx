// GuideView: a 办事指南 read as the public will: each service's conditions, steps, materials (and the data check that waives one), time limit, basis.
import { Chip, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { listOf, recordOf } from '../../common/json';

interface Service {
  id: string; name?: string; claim_type?: string; steps?: string[]; conditions?: string[];
  materials?: Array<{ id: string; name: string; waived_by?: string }>; time_limit_working_days?: number; basis?: string; remove?: boolean;
}

const List = ({ title, items }: { title: string; items?: string[] }) => (items && items.length > 0 ? (
  <>
    <Typography variant="subtitle2" sx={{ mt: 1 }}>{title}</Typography>
    <ol style={{ margin: 0, paddingLeft: 24 }}>{items.map((x, i) => <li key={i}><Typography variant="body2">{x}</Typography></li>)}</ol>
  </>
) : null);

export const GuideView = ({ body }: { body: unknown }) => {
  const services = listOf<Service>(recordOf(body).services);
  const translate = useTranslate();
  return (
    <Stack gap={1} data-testid="guide-view">
      {services.map((s) => (
        <Paper key={s.id} variant="outlined" sx={{ p: 1.5 }}>
          <Stack direction="row" gap={1} alignItems="center">
            <Typography sx={{ fontWeight: 600 }}>{s.name ?? s.id}</Typography>
            {s.remove && <Chip size="small" color="error" label="删除上级事项" />}
            {s.claim_type && <Chip size="small" variant="outlined" label={translate(`steppe.enums.claim_type.${s.claim_type}`, { _: s.claim_type })} />}
            {s.time_limit_working_days !== undefined && <Chip size="small" variant="outlined" label={`办理时限 ${s.time_limit_working_days} 个工作日`} />}
          </Stack>
          <List title="办理条件" items={s.conditions} />
          <List title="办理流程" items={s.steps} />
          <List title="申请材料" items={s.materials?.map((m) => (m.waived_by ? `${m.name}（经${translate(`steppe.enums.verification_check.${m.waived_by}`, { _: m.waived_by })}确认的可免交）` : m.name))} />
          {s.basis && <Typography variant="caption" color="text.secondary">政策依据：{s.basis}</Typography>}
        </Paper>
      ))}
    </Stack>
  );
};
