// What each role may see and change: the menu, the buttons and the routes all ask `canAccess`.
// The API enforces the same rules (and the region scope); this only keeps the console honest.
import { RESOURCES, type ResourceName } from './resources';

export const ROLES = ['platform_admin', 'region_admin', 'reviewer', 'institution_staff', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

const ALL: readonly ResourceName[] = RESOURCES;
/** Changed only by their own actions (risk cases) or never (the audit trail). */
const READ_ONLY: readonly ResourceName[] = ['audit', 'risk_cases', 'jobs', 'sms_outbox'];
const ADMIN_WRITES = ALL.filter((r) => !READ_ONLY.includes(r));
const STAFF: readonly ResourceName[] = [
  'programs', 'enrollments', 'attendance', 'certificates', 'claims', 'workers', 'intentions',
];

/** Resources a role sees (menu, list, show, export). */
const VISIBLE: Record<Role, readonly ResourceName[]> = {
  platform_admin: ALL,
  region_admin: ALL,
  reviewer: ['claims', 'risk_cases', 'workers', 'programs', 'institutions', 'enrollments', 'certificates', 'jobs'],
  // Everyone sees the jobs they started (the API shows each person only their own).
  institution_staff: [...STAFF, 'jobs'],
  auditor: ALL,
};

/** Resources a role creates and edits. Claims change state only through their actions (submit, approve …). */
const EDITABLE: Record<Role, readonly ResourceName[]> = {
  platform_admin: ADMIN_WRITES,
  region_admin: ADMIN_WRITES,
  reviewer: [],
  institution_staff: STAFF,
  auditor: [],
};
const CREATABLE = EDITABLE;

/** Resources a role deletes; deleting people or money records is for administrators. */
const DELETABLE: Record<Role, readonly ResourceName[]> = {
  platform_admin: ADMIN_WRITES,
  region_admin: ADMIN_WRITES,
  reviewer: [],
  institution_staff: ['attendance', 'intentions', 'enrollments', 'claims', 'programs'],
  auditor: [],
};

/** What the API refuses a role to read at all (core entity access): references to these show nothing. */
const UNREADABLE: Record<Role, readonly string[]> = {
  platform_admin: [],
  region_admin: [],
  reviewer: ['users', 'audit', 'sms_outbox'],
  institution_staff: ['users', 'budgets', 'risk_cases', 'audit', 'sms_outbox'],
  auditor: [],
};

const isRole = (role: unknown): role is Role => ROLES.includes(role as Role);

/** Whether the API lets the role read records of `resource` (a reference to one can be shown). */
export const apiReads = (role: unknown, resource: string) => isRole(role) && !UNREADABLE[role].includes(resource);
export const isAdmin = (role: unknown) => role === 'platform_admin' || role === 'region_admin';
/** Roles allowed to see a worker's ID number, phone and account in clear (the API's REVEAL_ROLES). */
export const canReveal = (role: unknown) => isAdmin(role) || role === 'reviewer';

type AnyRecord = Record<string, unknown> | undefined;

/** Record-level rules: a claim is edited or deleted only as a draft, a config only as a draft; programs likewise. */
const allowsRecord = (action: string, resource: string, record: AnyRecord) => {
  if (!record) return true;
  if (resource === 'claims' && (action === 'edit' || action === 'delete')) return record.state === 'draft';
  if (resource === 'configs' && (action === 'edit' || action === 'delete')) return record.state === 'draft';
  if (resource === 'programs' && action === 'delete') return record.status === 'draft';
  return true;
};

export const visibleResources = (role: unknown): readonly ResourceName[] =>
  isRole(role) ? VISIBLE[role] : [];

/** The console's pages beyond the resources, and who opens them (menu entry and route alike). */
export const PAGES = ['reports', 'ledgers', 'verification'] as const;
export type PageName = (typeof PAGES)[number];
const PAGE_ROLES: Record<PageName, (role: Role) => boolean> = {
  // Figures of claims and money: the deciders and the auditors, not the institutions.
  reports: (role) => role !== 'institution_staff',
  // The three ledgers (台账) are views of the intentions: whoever lists those.
  ledgers: (role) => VISIBLE[role].includes('intentions'),
  // Loading data-comparison registries changes what every decision reads: administrators only (as the API).
  verification: (role) => isAdmin(role),
};
export const canOpenPage = (role: unknown, page: PageName): boolean => isRole(role) && PAGE_ROLES[page](role);

/** The answer to react-admin's `authProvider.canAccess`. */
export const canAccess = (role: unknown, action: string, resource: string, record?: AnyRecord): boolean => {
  if (!isRole(role)) return false;
  const r = resource as ResourceName;
  const table: Record<string, Record<Role, readonly ResourceName[]>> = {
    list: VISIBLE, show: VISIBLE, export: VISIBLE,
    create: CREATABLE, clone: CREATABLE, edit: EDITABLE, delete: DELETABLE,
  };
  const granted = table[action]?.[role].includes(r) ?? false;
  return granted && allowsRecord(action, resource, record);
};
