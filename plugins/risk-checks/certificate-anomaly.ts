// certificate-anomaly: a certificate issued before its class ended, or by an issuer not registered for the occupation.
import type { RiskCheckDefinition, RiskHit, RiskScanContext } from '../../core/plugins/contract.js';
import { RegionIndex, claimIsFor, claimTargets, daysBetween, ids, loadClaims, single, type ClaimRow } from './shared.js';

interface Cert {
  id: number; worker_id: number; enrollment_id: number | null; occupation_code: string; level: string; issuer: string; issued_on: string;
  program_id: number | null; start_date: string | null; end_date: string | null; institution_id: number | null; region_code: string;
}

function certificates(ctx: RiskScanContext) {
  return ctx.db('certificates as c').join('workers as w', 'w.id', 'c.worker_id')
    .leftJoin('enrollments as e', 'e.id', 'c.enrollment_id').leftJoin('programs as p', 'p.id', 'e.program_id')
    .select('c.id', 'c.worker_id', 'c.enrollment_id', 'c.occupation_code', 'c.level', 'c.issuer', 'c.issued_on',
      'p.id as program_id', 'p.start_date', 'p.end_date', 'p.institution_id', ctx.db.raw('coalesce(p.region_code, w.region_code) as region_code'));
}

/** A certificate row as the driver reads it: ids possibly as numeric strings. */
type CertRow = { [K in keyof Cert]: K extends 'id' | 'worker_id' | 'enrollment_id' | 'program_id' | 'institution_id' ? number | string | null : Cert[K] };

const asCert = (r: CertRow): Cert => ({
  ...r, id: Number(r.id), worker_id: Number(r.worker_id), enrollment_id: r.enrollment_id === null ? null : Number(r.enrollment_id),
  program_id: r.program_id === null ? null : Number(r.program_id), institution_id: r.institution_id === null ? null : Number(r.institution_id),
});

/** Certificates whose class is in scope, or, without a class, whose holder is (narrowed to the claims' certificates at submission). */
async function inScope(ctx: RiskScanContext): Promise<Cert[]> {
  const q = certificates(ctx).where((w) => w.whereIn('p.region_code', ctx.regionCodes).orWhere((x) => x.whereNull('p.id').whereIn('w.region_code', ctx.regionCodes)));
  if (ctx.claimIds) {
    const t = await claimTargets(ctx.db, ctx.claimIds);
    q.where((w) => w.whereIn('c.id', t.certificateIds).orWhereIn('c.enrollment_id', t.enrollmentIds).orWhereIn('c.worker_id', t.workerIds));
  }
  return (await q.orderBy('c.id')).map(asCert);
}

/** The register: issuer name → occupations. Empty means the register is not set up yet, not that every issuer is unknown. */
async function register(ctx: RiskScanContext): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>();
  for (const r of await ctx.db('issuers').select('name', 'occupation_codes')) {
    const codes: string[] = typeof r.occupation_codes === 'string' ? JSON.parse(r.occupation_codes) : r.occupation_codes ?? [];
    map.set(r.name, new Set([...(map.get(r.name) ?? []), ...codes]));
  }
  return map;
}

const claimsOf = (claims: ClaimRow[], certs: Cert[]) => ids(claims.filter((c) => certs.some((x) => c.certificate_id === x.id
  || (x.enrollment_id !== null && x.program_id !== null && claimIsFor(c, { enrollment_id: x.enrollment_id, worker_id: x.worker_id, program_id: x.program_id })))).map((c) => c.id));

const shown = (c: Cert) => ({ certificate_id: c.id, worker_id: c.worker_id, occupation_code: c.occupation_code, level: c.level, issued_on: c.issued_on, program_id: c.program_id });

export const certificateAnomaly: RiskCheckDefinition = {
  id: 'certificate-anomaly',
  title: '证书异常',
  severity: 'high',
  description: '证书的发证日期早于其所属培训班的结班日期（课没上完就拿到证书）；'
    + '或发证机构不在发证机构名录中：名录里没有同名机构、或同名机构登记的职业（工种）不含该证书的职业。'
    + '名录为空时视为尚未建立，不做第二项比对。同一发证机构、同一职业的未登记证书合并为一个案件。',
  async run(ctx) {
    const regions = await RegionIndex.load(ctx.db);
    const certs = await inScope(ctx);
    const issuers = await register(ctx);
    const early = certs.filter((c) => c.end_date !== null && c.issued_on < c.end_date);
    const unregistered = new Map<string, { issuer: string; occupation: string }>();
    if (issuers.size > 0) {
      for (const c of certs) if (!issuers.get(c.issuer)?.has(c.occupation_code)) unregistered.set(`${c.occupation_code}:${c.issuer}`, { issuer: c.issuer, occupation: c.occupation_code });
    }
    // An unregistered issuer is one finding region-wide: gather all its certificates of that occupation.
    const groups: Array<{ issuer: string; occupation: string; certs: Cert[] }> = [];
    for (const g of [...unregistered.values()].sort((a, b) => `${a.occupation}:${a.issuer}`.localeCompare(`${b.occupation}:${b.issuer}`))) {
      const all = (await certificates(ctx).where({ 'c.issuer': g.issuer, 'c.occupation_code': g.occupation }).orderBy('c.id')).map(asCert);
      groups.push({ ...g, certs: all });
    }
    const everyCert = [...early, ...groups.flatMap((g) => g.certs)];
    const claims = await loadClaims(ctx.db, { workerIds: everyCert.map((c) => c.worker_id), certificateIds: everyCert.map((c) => c.id) });
    const hits: RiskHit[] = early.map((c) => ({
      key: `certificate:${c.id}:early`,
      regionCode: c.region_code,
      summary: `证书 #${c.id} 发证日期 ${c.issued_on} 早于培训班 #${c.program_id} 结班日期 ${c.end_date}`,
      evidence: { finding: 'issued-before-class-end', ...shown(c), class_dates: [c.start_date, c.end_date], days_early: daysBetween(c.issued_on, c.end_date!) },
      claimIds: claimsOf(claims, [c]),
      institutionId: c.institution_id,
      workerIds: [c.worker_id],
    }));
    for (const g of groups) {
      const listed = issuers.get(g.issuer);
      hits.push({
        key: `issuer:${g.occupation}:${g.issuer}`.slice(0, 191),
        regionCode: regions.common(g.certs.map((c) => c.region_code)),
        summary: `发证机构「${g.issuer}」未登记职业 ${g.occupation}，却发出 ${g.certs.length} 张证书`,
        evidence: {
          finding: 'issuer-not-registered', issuer: g.issuer, occupation_code: g.occupation,
          issuer_in_register: !!listed, registered_occupations: listed ? [...listed].sort() : [],
          certificates: g.certs.map(shown),
        },
        claimIds: claimsOf(claims, g.certs),
        institutionId: single(g.certs.map((c) => c.institution_id)),
        workerIds: ids(g.certs.map((c) => c.worker_id)),
      });
    }
    return hits;
  },
};
