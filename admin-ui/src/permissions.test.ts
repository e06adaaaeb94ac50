// Tests of the role matrix behind the menu and the create/edit/delete buttons.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canAccess, canOpenPage, canReveal, visibleResources } from './permissions';

describe('canAccess', () => {
  it('lets an auditor read everything and change nothing', () => {
    expect(canAccess('auditor', 'list', 'audit')).toBe(true);
    expect(canAccess('auditor', 'show', 'claims')).toBe(true);
    for (const action of ['create', 'edit', 'delete']) {
      expect(canAccess('auditor', action, 'workers')).toBe(false);
    }
  });
  it('lets a reviewer read claims and decide them only through actions, never by editing', () => {
    expect(canAccess('reviewer', 'show', 'claims')).toBe(true);
    expect(canAccess('reviewer', 'edit', 'claims', { state: 'submitted' })).toBe(false);
    expect(canAccess('reviewer', 'create', 'claims')).toBe(false);
    expect(canAccess('reviewer', 'edit', 'workers')).toBe(false);
  });
  it('lets makers edit a claim and administrators a config only while it is a draft', () => {
    expect(canAccess('institution_staff', 'edit', 'claims', { state: 'draft' })).toBe(true);
    expect(canAccess('region_admin', 'edit', 'claims', { state: 'approved' })).toBe(false);
    expect(canAccess('region_admin', 'edit', 'configs', { state: 'draft' })).toBe(true);
    expect(canAccess('region_admin', 'edit', 'configs', { state: 'published' })).toBe(false);
    expect(canAccess('reviewer', 'create', 'configs')).toBe(false);
  });
  it('shows clear personal data to administrators and reviewers only', () => {
    expect(['platform_admin', 'region_admin', 'reviewer'].every(canReveal)).toBe(true);
    expect(canReveal('institution_staff') || canReveal('auditor')).toBe(false);
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

describe('canOpenPage', () => {
  it('opens the reports to administrators, reviewers and auditors, not to institutions', () => {
    expect(['platform_admin', 'region_admin', 'reviewer', 'auditor'].every((r) => canOpenPage(r, 'reports'))).toBe(true);
    expect(canOpenPage('institution_staff', 'reports')).toBe(false);
  });
  it('opens the ledgers to whoever lists the intentions, and registry uploads to administrators only', () => {
    expect(canOpenPage('region_admin', 'ledgers')).toBe(true);
    expect(canOpenPage('institution_staff', 'ledgers')).toBe(canAccess('institution_staff', 'list', 'intentions'));
    expect(canOpenPage('reviewer', 'ledgers')).toBe(false);
    expect(canOpenPage('region_admin', 'verification')).toBe(true);
    expect(['reviewer', 'auditor', 'institution_staff'].some((r) => canOpenPage(r, 'verification'))).toBe(false);
    expect(canOpenPage(undefined, 'reports')).toBe(false);
  });
  it('lets administrators keep the issuer register and reviewers not see it in the menu', () => {
    expect(canAccess('region_admin', 'create', 'issuers')).toBe(true);
    expect(canAccess('auditor', 'edit', 'issuers')).toBe(false);
    expect(visibleResources('reviewer')).not.toContain('issuers');
  });
});
