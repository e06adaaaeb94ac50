// The console in traditional Mongolian (ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ): menus, resource names and the claim-decision page; everything else
// falls back to Chinese. Every string is marked reviewed or draft, so a native speaker can review them in this one file.
import type { TranslationMessages } from 'react-admin';
import zhMessages from './zh';

type Status = 'reviewed' | 'draft';
interface Entry { text: string; status: Status }
type Tree = { [key: string]: Entry | Tree };

const draft = (text: string): Entry => ({ text, status: 'draft' });

export const mnEntries: Tree = {
  resources: Object.fromEntries(Object.entries({
    regions: 'ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠬᠤᠪᠢᠶᠠᠷᠢ', users: 'ᠬᠡᠷᠡᠭᠯᠡᠭᠴᠢ', workers: 'ᠠᠵᠢᠯᠴᠢᠨ', intentions: 'ᠬᠦᠰᠡᠯ ᠦᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ',
    institutions: 'ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠪᠠᠶᠢᠭᠤᠯᠤᠯᠭ᠎ᠠ', bases: 'ᠳᠠᠳᠬᠠᠯ ᠤᠨ ᠪᠠᠭᠠᠵᠢ', programs: 'ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠠᠩᠭᠢ', enrollments: 'ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ',
    attendance: 'ᠢᠷᠡᠴᠡ', certificates: 'ᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ ᠪᠢᠴᠢᠭ', claims: 'ᠲᠡᠲᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠮᠥᠷᠳᠡᠯ', fund_sources: 'ᠰᠠᠩ ᠤᠨ ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ',
    budgets: 'ᠲᠥᠰᠦᠪ', follow_ups: 'ᠡᠷᠭᠢᠯᠲᠡ ᠶᠢᠨ ᠠᠢᠯᠴᠢᠯᠠᠯ', job_postings: 'ᠠᠵᠢᠯ ᠤᠨ ᠣᠷᠣᠨ', risk_cases: 'ᠡᠷᠰᠢᠳᠡᠯ ᠦᠨ ᠬᠡᠷᠡᠭ',
    issuers: 'ᠭᠡᠷᠡᠴᠢᠯᠡᠬᠦ ᠪᠢᠴᠢᠭ ᠣᠯᠭᠣᠭᠴᠢ', configs: 'ᠲᠣᠬᠢᠷᠠᠭᠤᠯᠭ᠎ᠠ ᠶᠢᠨ ᠪᠢᠴᠢᠭ', sms_outbox: 'ᠣᠬᠣᠷ ᠮᠡᠳᠡᠭᠡ', audit: 'ᠬᠢᠨᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ',
    jobs: 'ᠠᠵᠢᠯ ᠦᠢᠯᠡᠰ',
  }).map(([name, text]): [string, Tree] => [name, name === 'claims' ? {
    name: draft(text),
    tabs: { application: draft('ᠮᠥᠷᠳᠡᠯ ᠦᠨ ᠮᠡᠳᠡᠭᠡ'), decision: draft('ᠰᠢᠢᠳᠪᠦᠷᠢ ᠶᠢᠨ ᠦᠨᠳᠦᠰᠦ'), review: draft('ᠬᠢᠨᠠᠯᠲᠠ ᠪᠠ ᠣᠯᠭᠣᠯᠲᠠ'), history: draft('ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ') },
  } : { name: draft(text) }])),
  steppe: {
    app: { title: draft('Steppe ᠲᠠᠷᠢᠶᠠᠴᠢᠨ ᠮᠠᠯᠴᠢᠨ ᠠᠵᠢᠯᠴᠢᠨ ᠤ ᠮᠡᠷᠭᠡᠵᠢᠯ ᠤᠷᠤᠯᠠᠯ ᠤᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠲᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠮᠠᠨ᠋ᠠᠭᠠᠯᠠᠯ') },
    menu: {
      workers: draft('ᠠᠵᠢᠯᠴᠢᠨ ᠪᠠ ᠠᠵᠢᠯ ᠡᠷᠬᠯᠡᠯᠲᠡ'), training: draft('ᠰᠤᠷᠭᠠᠯᠲᠠ ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠶᠢᠭᠤᠯᠬᠤ'), money: draft('ᠲᠡᠲᠭᠦᠯᠭᠡ ᠪᠠ ᠰᠠᠩ'),
      ledgers: draft('ᠳᠠᠩᠰᠠ'), system: draft('ᠰᠢᠰᠲ᠋ᠧᠮ ᠦᠨ ᠮᠠᠨ᠋ᠠᠭᠠᠯᠠᠯ'),
    },
    ledgers: {
      training: { title: draft('ᠰᠤᠷᠭᠠᠯᠲᠠ ᠶᠢᠨ ᠬᠦᠰᠡᠯ ᠦᠨ ᠳᠠᠩᠰᠠ') },
      evaluation: { title: draft('ᠤᠷᠤᠯᠠᠯ ᠦᠨᠡᠯᠡᠬᠦ ᠬᠦᠰᠡᠯ ᠦᠨ ᠳᠠᠩᠰᠠ') },
      job: { title: draft('ᠠᠵᠢᠯ ᠡᠷᠬᠯᠡᠯᠲᠡ ᠶᠢᠨ ᠬᠦᠰᠡᠯ ᠦᠨ ᠳᠠᠩᠰᠠ') },
    },
    reports: { title: draft('ᠰᠢᠳᠦᠯᠲᠡ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯᠲᠡ') },
    verification: {
      title: draft('ᠶᠡᠬᠡ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢᠨ ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠤᠯᠲᠠ'),
      claim: {
        title: draft('ᠡᠨᠡ ᠮᠥᠷᠳᠡᠯ ᠦᠨ ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠤᠯᠲᠠ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ'),
        columns: { check: draft('ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠬᠤ ᠵᠦᠢᠯ'), confirmed: draft('ᠦᠷ᠎ᠡ ᠳᠦᠩ'), source: draft('ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ'), checked_at: draft('ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠴᠠᠭ') },
        state: { confirmed: draft('ᠲᠣᠬᠢᠷᠠᠪᠠ᠂ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠦᠭᠡᠢ'), refuted: draft('ᠲᠣᠬᠢᠷᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠲᠤᠰᠢᠶᠠᠨ᠎ᠠ'), unknown: draft('ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠬᠤ ᠲᠣᠭ᠎ᠠ ᠦᠭᠡᠢ᠂ ᠲᠤᠰᠢᠶᠠᠨ᠎ᠠ') },
      },
    },
    claims: {
      claim_no: draft('ᠮᠥᠷᠳᠡᠯ #%{id}'),
      action: { submit: draft('ᠮᠥᠷᠳᠡᠯ ᠲᠤᠰᠢᠶᠠᠬᠤ'), review: draft('ᠬᠢᠨᠠᠵᠤ ᠡᠬᠢᠯᠡᠬᠦ'), approve: draft('ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠬᠦ'), reject: draft('ᠲᠡᠪᠴᠢᠬᠦ'), pay: draft('ᠣᠯᠭᠣᠯᠲᠠ ᠶᠢ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ') },
    },
    decision: {
      not_yet: draft('ᠳᠦᠷᠢᠮ ᠦᠨ ᠰᠢᠢᠳᠪᠦᠷᠢ ᠣᠳᠣ ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ'),
      not_yet_draft: draft('ᠮᠥᠷᠳᠡᠯ ᠲᠤᠰᠢᠶᠠᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠦᠷᠢᠮ ᠪᠡᠷ ᠠᠢᠢᠲᠣᠮᠠᠲ᠋ ᠪᠠᠷ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠨ᠎ᠡ'),
      ruleset: draft('ᠦᠨᠳᠦᠰᠦ᠄ %{chain}（%{date} ᠤ ᠳᠦᠷᠢᠮ）'),
      amount: draft('ᠳᠦᠷᠢᠮ ᠦᠨ ᠲᠣᠭᠲᠠᠭᠠᠭᠰᠠᠨ ᠮᠥᠩᠭᠥ'),
      formula: draft('ᠪᠣᠳᠣᠯᠭ᠎ᠠ'),
      no_amount: draft('ᠡᠨᠡ ᠲᠡᠲᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠳᠦᠷᠢᠮ ᠮᠥᠩᠭᠥ ᠪᠣᠳᠣᠬᠤ ᠦᠭᠡᠢ'),
      rules: draft('ᠳᠦᠷᠢᠮ ᠦᠨ ᠬᠢᠨᠠᠯᠲᠠ（%{total} ᠡᠴᠡ %{passed} ᠬᠠᠩᠭᠠᠭᠰᠠᠨ）'),
      mandatory: draft('ᠠᠯᠪᠠᠳᠠᠯᠭ᠎ᠠ ᠲᠠᠢ ᠳᠦᠷᠢᠮ'),
      source: draft('ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ᠄ %{node}'),
      basis: draft('ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠦᠨᠳᠦᠰᠦ'),
      not: draft('%{op} ᠦᠭᠡᠢ'),
      on_fail: { ineligible: draft('ᠬᠠᠩᠭᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ ᠨᠥᠬᠦᠴᠡᠯ ᠳᠦ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠦᠭᠡᠢ'), needs_review: draft('ᠬᠠᠩᠭᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠣᠯ ᠬᠦᠮᠦᠨ ᠬᠢᠨᠠᠨ᠎ᠠ') },
      columns: { subject: draft('ᠬᠢᠨᠠᠬᠤ ᠵᠦᠢᠯ'), operator: draft('ᠱᠠᠭᠠᠷᠳᠠᠯᠭ᠎ᠠ'), expected: draft('ᠪᠠᠷᠢᠮᠵᠢᠶ᠎ᠠ'), actual: draft('ᠪᠣᠳᠠᠲᠤ ᠪᠠᠢᠳᠠᠯ'), result: draft('ᠦᠷ᠎ᠡ ᠳᠦᠩ') },
      passed: draft('ᠬᠠᠩᠭᠠᠪᠠ'),
      failed: draft('ᠬᠠᠩᠭᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ'),
      skipped: draft('ᠬᠢᠨᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ'),
      waived: draft('ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ ᠪᠠᠷ ᠣᠷᠣᠯᠠᠭᠤᠯᠤᠭᠰᠠᠨ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ'),
      waived_columns: { material: draft('ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ'), waived_by: draft('ᠣᠷᠣᠯᠠᠭᠤᠯᠬᠤ ᠦᠨᠳᠦᠰᠦ'), confirmed: draft('ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠤᠯᠲᠠ ᠶᠢᠨ ᠦᠷ᠎ᠡ ᠳᠦᠩ') },
      waived_state: { confirmed: draft('ᠲᠣᠬᠢᠷᠠᠪᠠ᠂ ᠲᠤᠰᠢᠶᠠᠬᠤ ᠦᠭᠡᠢ'), unconfirmed: draft('ᠲᠣᠬᠢᠷᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠲᠤᠰᠢᠶᠠᠨ᠎ᠠ'), unknown: draft('ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠵᠤ ᠴᠢᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠂ ᠲᠤᠰᠢᠶᠠᠨ᠎ᠠ') },
      collisions: {
        title: draft('ᠢᠵᠢᠯ ᠬᠦᠮᠦᠨ ᠢᠵᠢᠯ ᠮᠡᠷᠭᠡᠵᠢᠯ（%{occupation}）ᠢᠵᠢᠯ ᠵᠡᠷᠭᠡ（%{level}）ᠶᠢᠨ ᠪᠤᠰᠤᠳ ᠮᠥᠷᠳᠡᠯ'),
        pending: draft('ᠳᠣᠣᠷᠠᠬᠢ ᠮᠥᠷᠳᠡᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠳᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠄ ᠵᠥᠪᠬᠡᠨ ᠨᠢᠭᠡ ᠢ ᠨᠢ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠨ᠎ᠡ᠃'),
        held: draft('ᠳᠣᠣᠷᠠᠬᠢ ᠮᠥᠷᠳᠡᠯ ᠲᠡᠲᠭᠦᠯᠭᠡ ᠶᠢ ᠠᠪᠤᠭᠰᠠᠨ᠂ ᠡᠨᠡ ᠮᠥᠷᠳᠡᠯ ᠢ ᠲᠡᠪᠴᠢᠨ᠎ᠡ ᠦᠦ᠃'),
        holds: draft('ᠡᠨᠡ ᠮᠥᠷᠳᠡᠯ ᠲᠡᠲᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠡᠷᠬᠡ ᠶᠢ ᠠᠪᠤᠭᠰᠠᠨ᠃'),
        item: draft('ᠮᠥᠷᠳᠡᠯ #%{id}（%{region}᠂ %{type}᠂ %{state}）%{holds}'),
        holder: draft('—— ᠲᠡᠲᠭᠦᠯᠭᠡ ᠶᠢᠨ ᠡᠷᠬᠡ ᠲᠡᠢ'),
      },
    },
    enums: {
      claim_outcome: { eligible: draft('ᠨᠥᠬᠦᠴᠡᠯ ᠳᠦ ᠲᠣᠬᠢᠷᠠᠨ᠎ᠠ'), ineligible: draft('ᠨᠥᠬᠦᠴᠡᠯ ᠳᠦ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠦᠭᠡᠢ'), needs_review: draft('ᠬᠦᠮᠦᠨ ᠬᠢᠨᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ') },
      claim_state: {
        draft: draft('ᠨ᠋ᠣᠣᠷᠠᠭ'), submitted: draft('ᠲᠤᠰᠢᠶᠠᠭᠰᠠᠨ'), under_review: draft('ᠬᠢᠨᠠᠵᠤ ᠪᠠᠢᠨ᠎ᠠ'), approved: draft('ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠰᠡᠨ'),
        rejected: draft('ᠲᠡᠪᠴᠢᠭᠰᠡᠨ'), paid: draft('ᠣᠯᠭᠣᠭᠰᠠᠨ'),
      },
    },
  },
};

const isEntry = (v: Entry | Tree): v is Entry => typeof (v as Entry).text === 'string' && typeof (v as Entry).status === 'string';

/** The entries as react-admin messages (strings only). */
function plain(tree: Tree): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, isEntry(v) ? v.text : plain(v)]));
}

type Messages = Record<string, unknown>;
const isMessages = (v: unknown): v is Messages => v !== null && typeof v === 'object';

function merge(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const under = base[k];
    out[k] = isMessages(v) && isMessages(under) ? merge(under, v) : v;
  }
  return out;
}

/** Chinese messages with the Mongolian ones laid over them: what is not translated yet stays readable. */
export const mnMessages = merge(zhMessages, plain(mnEntries)) as TranslationMessages;

export default mnMessages;
