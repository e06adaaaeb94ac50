// A claim's history in words: each entry of GET /api/claims/:id/history as a title (「批准」) and its details
// (「审核通过」, 「核定金额 ¥1,100.00」, 「资金来源：就业补助资金」, 「驳回原因：…」), for the timeline on the show page.
import { listOf } from '../../common/json';
import { formatFen } from '../../common/money';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One entry as the API returns it: oldest first; `changes.state` is `[from, to]` for a transition. */
export interface HistoryEntry {
  seq: number;
  at: string;
  username: string | null;
  role: string | null;
  action: string;
  changes: Record<string, unknown> | null;
}

/** Names the entries refer to by id: rules (from the claim's decision) and fund sources. */
export interface HistoryNames {
  rules?: Record<string, string>;
  funds?: Record<string, string>;
}

export type Tone = 'success' | 'error' | 'warning' | 'info' | 'grey';

export interface EntryText {
  title: string;
  details: string[];
  tone: Tone;
}

const STATE_TONES: Record<string, Tone> = { approved: 'success', paid: 'success', rejected: 'error', under_review: 'info', submitted: 'info' };
const OUTCOME_TONES: Record<string, Tone> = { eligible: 'success', ineligible: 'error', needs_review: 'warning' };
/** Application fields whose change is worth spelling out (money in yuan). */
const MONEY_FIELDS = ['requested_fen', 'decided_fen'];
/** Bookkeeping columns a clerk does not need to read about. */
const QUIET_FIELDS = new Set(['id', 'created_at', 'updated_at', 'created_by', 'updated_by', 'version', 'form_version', 'state', 'decision']);

const isPair = (v: unknown): v is [unknown, unknown] => Array.isArray(v) && v.length === 2;

/** Who acted: 「baotou_reviewer（审核员）」, or 「系统」 for the platform's own steps (demo data, scheduled checks). */
export const describeActor = (entry: Pick<HistoryEntry, 'username' | 'role'>, translate: Translate): string => {
  if (!entry.username || entry.username === 'system') return translate('steppe.history.system');
  return entry.role ? `${entry.username}（${translate(`steppe.enums.role.${entry.role}`, { _: entry.role })}）` : entry.username;
};

export const describeEntry = (entry: HistoryEntry, translate: Translate, names: HistoryNames = {}): EntryText => {
  const c = entry.changes ?? {};
  const state = (s: unknown) => translate(`steppe.enums.claim_state.${s}`, { _: String(s) });
  const field = (f: string) => translate(`resources.claims.fields.${f}`, { _: f });
  const money = (fen: unknown) => (typeof fen === 'number' ? formatFen(fen) : '—');
  const details: string[] = [];
  const amount = (fen: unknown, kind: string) =>
    typeof fen === 'number' && details.push(translate(`steppe.history.amount.${kind}`, { _: translate('steppe.history.amount.other', { amount: formatFen(fen) }), amount: formatFen(fen) }));
  const reason = (text: unknown) => typeof text === 'string' && text && details.push(translate('steppe.history.reason', { reason: text }));

  switch (entry.action) {
    case 'create': {
      if (isPair(c.type) && c.type[1]) details.push(translate(`steppe.enums.claim_type.${c.type[1]}`, { _: String(c.type[1]) }));
      if (isPair(c.requested_fen) && typeof c.requested_fen[1] === 'number' && c.requested_fen[1] > 0) {
        details.push(translate('steppe.history.requested', { amount: formatFen(c.requested_fen[1]) }));
      }
      return { title: translate('steppe.history.created'), details, tone: 'grey' };
    }
    case 'update': {
      for (const [k, pair] of Object.entries(c)) {
        if (!isPair(pair) || QUIET_FIELDS.has(k)) continue;
        details.push(MONEY_FIELDS.includes(k) ? `${field(k)}：${money(pair[0])} → ${money(pair[1])}` : field(k));
      }
      return { title: translate('steppe.history.updated'), details, tone: 'grey' };
    }
    case 'transition': {
      const [from, to] = isPair(c.state) ? c.state : [null, null];
      if (to) details.push(from ? `${state(from)} → ${state(to)}` : state(to));
      amount(c.amount_fen, String(to));
      if (c.fund_source_id != null) {
        details.push(translate('steppe.history.fund', { fund: names.funds?.[String(c.fund_source_id)] ?? `#${c.fund_source_id}` }));
      }
      reason(c.reason);
      if (isPair(c.rejection_reason)) reason(c.rejection_reason[1]);
      if (c.risk_case_id != null) details.push(translate('steppe.history.risk_case', { id: c.risk_case_id }));
      const title = to ? translate(`steppe.history.to.${to}`, { _: state(to) }) : translate('steppe.enums.audit_action.transition');
      return { title, details, tone: STATE_TONES[String(to)] ?? 'info' };
    }
    case 'evaluate': {
      const outcome = translate(`steppe.enums.claim_outcome.${c.outcome}`, { _: String(c.outcome ?? '') });
      if (c.outcome !== 'ineligible') amount(c.amount_fen, 'evaluated');
      const failed = listOf<string>(c.failed);
      if (failed.length) details.push(translate('steppe.history.failed_rules', { rules: failed.map((id) => names.rules?.[id] ?? id).join('、') }));
      return { title: translate('steppe.history.evaluated', { outcome }), details, tone: OUTCOME_TONES[String(c.outcome)] ?? 'info' };
    }
    case 'denied': {
      const verb = String(c.verb ?? '');
      if (verb) details.push(translate(`steppe.claims.action.${verb}`, { _: translate(`steppe.enums.audit_action.${verb}`, { _: verb }) }));
      return { title: translate('steppe.history.denied'), details, tone: 'warning' };
    }
    default:
      return { title: translate(`steppe.enums.audit_action.${entry.action}`, { _: entry.action }), details, tone: 'grey' };
  }
};
