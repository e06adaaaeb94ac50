// risk-checks: the 风险隐患清单 (R9) as risk checks, one file each; the scan in core/risk runs them and files cases.
import { definePlugin } from '../../core/plugins/contract.js';
import { overlappingEnrolment } from './overlapping-enrolment.js';
import { implausibleAttendance } from './implausible-attendance.js';
import { sharedContact } from './shared-contact.js';
import { certificateAnomaly } from './certificate-anomaly.js';
import { peerOutlier } from './peer-outlier.js';
import { lapsedApproval } from './lapsed-approval.js';
import { profileMismatch } from './profile-mismatch.js';

export default definePlugin({
  id: 'risk-checks',
  version: '1.0.0',
  description: '资金安全风险隐患清单：一人多训、考勤异常、共用联系方式、证书异常、机构指标离群、认定失效、对象不符',
  riskChecks: [overlappingEnrolment, implausibleAttendance, sharedContact, certificateAnomaly, peerOutlier, lapsedApproval, profileMismatch],
});
