// The names of the console's resources, one per API collection under /api.
export const RESOURCES = [
  'regions', 'users', 'workers', 'intentions', 'institutions', 'bases', 'programs',
  'enrollments', 'attendance', 'certificates', 'claims', 'fund_sources', 'budgets',
  'follow_ups', 'job_postings', 'risk_cases', 'issuers', 'configs', 'sms_outbox', 'audit', 'jobs',
] as const;

export type ResourceName = (typeof RESOURCES)[number];

/** Choices for picking a resource (the audit filter); names translate to `resources.<r>.name`. */
export const resourceChoices = () =>
  RESOURCES.map((id) => ({ id, name: `resources.${id}.name` }));
