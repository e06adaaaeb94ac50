// The data comparisons (大数据比对) the platform knows, in one list: what the registry loads, what verifiers serve,
// what a guide's `waived_by` may name. Each is answered by the verifiers plugins register for it (PLUGINS order).
import { ENUMS } from '../schemas/enums.js';
export const VERIFICATION_CHECKS = ENUMS.verification_check;
export type VerificationCheck = (typeof VERIFICATION_CHECKS)[number];

/** How a clerk names each comparison (the console's steppe.enums.verification_check). */
export const CHECK_LABELS: Record<VerificationCheck, string> = {
  identity: '居民身份信息核验',
  social_insurance: '社会保险参保信息比对',
  poverty_registry: '脱贫人口信息比对',
  certificate_registry: '职业资格和技能等级证书信息比对',
};

/**
 * The authoritative source of each comparison in a deployment: a verifier plugin for it is the live adapter; the
 * reference table (`POST /api/verification/registry`) stands in where none is plugged in.
 */
export const CHECK_SOURCES: Record<VerificationCheck, string> = {
  identity: '公安人口库（居民身份信息）',
  social_insurance: '社会保险信息系统',
  poverty_registry: '防止返贫监测信息系统（脱贫人口库）',
  certificate_registry: '职业资格和技能等级证书信息库',
};
