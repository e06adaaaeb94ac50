// Fund safety (R9) as the rest of the core uses it: scans, the claim → open cases lookup, the entities and routes.
export { runRiskScan, openCasesForClaims, holdMessage, type RiskScanDeps, type ScanOptions, type ScanSummary, type CheckSummary, type HoldingCase } from './scan.js';
export { riskCases, RiskCase, ACTIVE_STATUSES, RISK_STATUSES } from './cases.js';
export { issuers, Issuer } from './issuers.js';
export { riskRoutes } from './routes.js';
export { riskReport } from './report.js';
