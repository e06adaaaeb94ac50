// The risk-checks plugin: one entry object, every check with a kebab-case id, a Chinese title, a severity and a plain description.
import { describe, expect, it } from 'vitest';
import { registerPlugins } from '../../core/plugins/loader.js';
import plugin from './index.js';

describe('risk-checks plugin', () => {
  it('registers its checks under their ids, once each', () => {
    expect(plugin.id).toBe('risk-checks');
    const registry = registerPlugins([plugin]);
    expect([...registry.riskChecks.keys()]).toEqual([
      'overlapping-enrolment', 'implausible-attendance', 'shared-contact', 'certificate-anomaly', 'peer-outlier', 'lapsed-approval', 'profile-mismatch',
    ]);
  });

  it('describes every check in Chinese', () => {
    for (const check of plugin.riskChecks!) {
      expect(check.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(check.title).toMatch(/^[\u4e00-\u9fa5]/);
      expect(['low', 'medium', 'high']).toContain(check.severity);
      expect(check.description?.length ?? 0, check.id).toBeGreaterThan(60);
    }
  });
});
