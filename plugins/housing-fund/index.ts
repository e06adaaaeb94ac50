// Plugin housing-fund, written as a third party would: the 住房公积金缴存信息比对 check and a verifier that asks the fund centre.
import { defineCheck, definePlugin, defineVerifier } from '../../core/plugins/sdk.js';

/** Asks the source about one person: true paying into the fund, false not, null the source does not know. */
export type HousingFundLookup = (residentId: string, date: string) => Promise<boolean | null>;

/** A new data comparison: guides may waive a material by it, the verification fact runs it. */
export const housingFundCheck = defineCheck({ id: 'housing_fund', label: '住房公积金缴存信息比对', source: '住房公积金管理中心' });

/** The fund centre's interface: POST { id_number, date } → { paying: boolean | null }; anything else is "unknown". */
export function httpLookup(url: string): HousingFundLookup {
  return async (residentId, date) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id_number: residentId, date }),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) return null;
    const body = (await res.json()) as { paying?: unknown };
    return typeof body.paying === 'boolean' ? body.paying : null;
  };
}

/** The plugin with a given source (tests pass a stand-in); without one the check answers "unknown" and nothing is waived. */
export function housingFundPlugin(lookup: HousingFundLookup | null) {
  return definePlugin({
    id: 'housing-fund',
    version: '1.0.0',
    description: '住房公积金缴存信息比对：确认缴存的，办事指南中 waived_by: housing_fund 的材料免交。',
    checks: [housingFundCheck],
    verifiers: [
      defineVerifier({
        check: housingFundCheck.id,
        label: '住房公积金缴存状态',
        source: 'housing-fund-centre',
        async verify(_db, subject) {
          // the source matches by the clear number: ask for it only here, and never put it in the result
          const number = lookup ? ((await subject.residentId?.()) ?? null) : null;
          const confirmed = lookup && number ? await lookup(number, subject.date) : null;
          return { check: housingFundCheck.id, confirmed, source: 'housing-fund-centre', checkedAt: new Date().toISOString() };
        },
      }),
    ],
  });
}

// HOUSING_FUND_URL: the fund centre's interface in this deployment (read once, at load)
const url = process.env.HOUSING_FUND_URL;
export default housingFundPlugin(url ? httpLookup(url) : null);
