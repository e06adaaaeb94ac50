// ClaimHistory: what happened to the claim, for every role that may read it (GET /api/claims/:id/history, not the
// audit list, which reviewers cannot read), as a timeline in Chinese: who, when, which step, for how much and why.
import { Alert } from '@mui/material';
import { useGetMany, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/dates';
import { useDecision } from '../decision/useDecision';
import { describeActor, describeEntry } from './historyText';
import { HistoryTimeline } from './HistoryTimeline';
import { useClaimHistory } from './useClaimHistory';

export const ClaimHistory = (_props: { label?: false }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { entries, error } = useClaimHistory(record);
  const { decision } = useDecision(record);
  const fundIds = [...new Set((entries ?? []).map((e) => e.changes?.fund_source_id).filter((id) => id != null))];
  const { data: funds = [] } = useGetMany('fund_sources', { ids: fundIds }, { enabled: fundIds.length > 0 });
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!entries) return null;
  if (entries.length === 0) return <Alert severity="info">{translate('steppe.history.empty')}</Alert>;
  const names = {
    rules: Object.fromEntries((decision?.rules ?? []).map((r) => [r.id, r.name])),
    funds: Object.fromEntries(funds.map((f) => [String(f.id), String(f.name)])),
  };
  const items = entries.map((e) => ({
    key: e.seq, when: formatDateTime(e.at), who: describeActor(e, translate), ...describeEntry(e, translate, names),
  }));
  return <HistoryTimeline items={items} />;
};
