// Tests that the console's Mongolian covers the menus and the claim decision, marks every string, and keeps the Chinese placeholders.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../resources';
import zhMessages from './zh';
import { mnEntries, mnMessages } from './mn';

type Tree = { [key: string]: any };
const entries = (tree: Tree, prefix = ''): Array<[string, any]> => Object.entries(tree).flatMap(([k, v]) =>
  typeof v?.text === 'string' ? [[`${prefix}${k}`, v]] : entries(v, `${prefix}${k}.`));
const at = (tree: Tree, path: string) => path.split('.').reduce<any>((n, k) => n?.[k], tree);
const mongolian = /[\u1820-\u18AF]/;

describe('mn messages of the console', () => {
  it('mark every Mongolian string reviewed or draft, in Mongolian script, with the placeholders of the Chinese one', () => {
    const all = entries(mnEntries);
    expect(all.length).toBeGreaterThan(50);
    for (const [path, e] of all) {
      expect(['reviewed', 'draft'], path).toContain(e.status);
      expect(e.text, path).toMatch(mongolian);
      const zh = at(zhMessages, path);
      expect(typeof zh, `${path} has no Chinese original`).toBe('string');
      expect(new Set(e.text.match(/%\{\w+\}/g) ?? []), path).toEqual(new Set(zh.match(/%\{\w+\}/g) ?? []));
    }
  });

  it('translate every menu group, every resource name and every text of the claim-decision panel', () => {
    for (const g of Object.keys(zhMessages.steppe.menu)) expect(at(mnMessages, `steppe.menu.${g}`)).toMatch(mongolian);
    for (const r of RESOURCES) expect(at(mnMessages, `resources.${r}.name`), r).toMatch(mongolian);
    const leaves = (tree: Tree, prefix: string): string[] => Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));
    for (const path of leaves(zhMessages.steppe.decision, 'steppe.decision.')) expect(at(mnMessages, path), path).toMatch(mongolian);
  });
});
