// Tests of the role matrix behind the menu and the create/edit/delete buttons.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canAccess, visibleResources } from './permissions';

describe('canAccess', () => {
  it('lets an auditor read everything and change nothing', () => {
    expect(canAccess('auditor', 'list', 'audit')).toBe(true);
    expect(canAccess('auditor', 'show', 'claims')).toBe(true);
    for (const action of ['create', 'edit', 'delete']) {
      expect(canAccess('auditor', action, 'workers')).toBe(false);
    }
  });
  it('lets a reviewer decide submitted claims only', () => {
    expect(canAccess('reviewer', 'edit', 'claims', { state: 'submitted' })).toBe(true);
    expect(canAccess('reviewer', 'edit', 'claims', { state: 'draft' })).toBe(false);
    expect(canAccess('reviewer', 'create', 'claims')).toBe(false);
    expect(canAccess('reviewer', 'edit', 'workers')).toBe(false);
  });
  it('keeps institution staff to their own resources', () => {
    expect(visibleResources('institution_staff')).toContain('attendance');
    expect(canAccess('institution_staff', 'list', 'users')).toBe(false);
    expect(canAccess('institution_staff', 'edit', 'institutions')).toBe(false);
    expect(canAccess('institution_staff', 'delete', 'claims', { state: 'submitted' })).toBe(false);
  });
  it('lets no one write the audit trail, and denies an unknown role', () => {
    expect(canAccess('platform_admin', 'delete', 'audit')).toBe(false);
    expect(canAccess(undefined, 'list', 'workers')).toBe(false);
  });
});
