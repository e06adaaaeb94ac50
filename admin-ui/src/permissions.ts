// What each role may see and change: the menu, the buttons and the routes all ask `canAccess`.
// The API enforces the same rules (and the region scope); this only keeps the console honest.
import { RESOURCES, type ResourceName } from './resources';

export const ROLES = ['platform_admin', 'region_admin', 'reviewer', 'institution_staff', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

const ALL: readonly ResourceName[] = RESOURCES;
const READ_ONLY: readonly ResourceName[] = ['audit', 'configs'];
const ADMIN_WRITES = ALL.filter((r) => !READ_ONLY.includes(r));
const STAFF: readonly ResourceName[] = [
  'programs', 'enrollments', 'attendance', 'certificates', 'claims', 'workers', 'intentions',
];

/** Resources a role sees (menu, list, show, export). */
const VISIBLE: Record<Role, readonly ResourceName[]> = {
  platform_admin: ALL,
  region_admin: ALL,
  reviewer: ['claims', 'workers', 'programs', 'institutions', 'enrollments', 'certificates'],
  institution_staff: STAFF,
  auditor: ALL,
};

/** Resources a role creates and edits. A reviewer edits claims only to decide them. */
const EDITABLE: Record<Role, readonly ResourceName[]> = {
  platform_admin: ADMIN_WRITES,
  region_admin: ADMIN_WRITES,
  reviewer: ['claims'],
  institution_staff: STAFF,
  auditor: [],
};
const CREATABLE: Record<Role, readonly ResourceName[]> = { ...EDITABLE, reviewer: [] };

/** Resources a role deletes; deleting people or money records is for administrators. */
const DELETABLE: Record<Role, readonly ResourceName[]> = {
  platform_admin: ADMIN_WRITES,
  region_admin: ADMIN_WRITES,
  reviewer: [],
  institution_staff: ['attendance', 'intentions', 'enrollments', 'claims', 'programs'],
  auditor: [],
};

const isRole = (role: unknown): role is Role => ROLES.includes(role as Role);
export const isAdmin = (role: unknown) => role === 'platform_admin' || role === 'region_admin';
/** Roles allowed to see a worker's ID number, phone and account in clear. */
export const canReveal = isAdmin;

type AnyRecord = Record<string, unknown> | undefined;

/** Record-level rules: claims move through states, programs are removable only as drafts. */
const allowsRecord = (role: Role, action: string, resource: string, record: AnyRecord) => {
  if (!record) return true;
  if (resource === 'claims') {
    const state = record.state as string;
    if (action === 'delete') return state === 'draft';
    if (role === 'reviewer') return ['submitted', 'under_review', 'approved'].includes(state);
    return isAdmin(role) ? state !== 'paid' : state === 'draft';
  }
  if (resource === 'programs' && action === 'delete') return record.status === 'draft';
  return true;
};

export const visibleResources = (role: unknown): readonly ResourceName[] =>
  isRole(role) ? VISIBLE[role] : [];

/** The answer to react-admin's `authProvider.canAccess`. */
export const canAccess = (role: unknown, action: string, resource: string, record?: AnyRecord): boolean => {
  if (!isRole(role)) return false;
  const r = resource as ResourceName;
  const table: Record<string, Record<Role, readonly ResourceName[]>> = {
    list: VISIBLE, show: VISIBLE, export: VISIBLE,
    create: CREATABLE, clone: CREATABLE, edit: EDITABLE, delete: DELETABLE,
  };
  const granted = table[action]?.[role].includes(r) ?? false;
  return granted && allowsRecord(role, action, resource, record);
};
