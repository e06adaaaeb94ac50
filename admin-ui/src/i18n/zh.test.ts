// Tests that zh.ts is complete: every react-admin message, every resource, field and i18n key the views use, every enum value.
// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { ENUMS } from '../common/enums';
import { RESOURCES } from '../resources';
import zhMessages from './zh';

type Tree = { [key: string]: unknown };

const leafKeys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? leafKeys(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
const lookupIn = (tree: object) => (path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
const lookup = lookupIn(zhMessages);
const english = lookupIn(englishMessages);
const placeholders = (text: string) => new Set(text.match(/%\{\w+\}/g) ?? []);

const SRC = fileURLToPath(new URL('..', import.meta.url));
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });

describe('zh messages', () => {
  it('translate every key of ra-language-english into a non-empty string', () => {
    const keys = leafKeys(englishMessages as Tree);
    expect(keys.length).toBeGreaterThan(150);
    for (const key of keys) {
      const value = lookup(key);
      expect(typeof value, key).toBe('string');
      expect((value as string).length, key).toBeGreaterThan(0);
    }
  });

  it('use no placeholder the English message does not provide', () => {
    for (const key of leafKeys(englishMessages as Tree)) {
      const provided = placeholders(String(english(key)));
      for (const name of placeholders(String(lookup(key)))) expect(provided.has(name), `${key} uses ${name}`).toBe(true);
    }
  });

  it('name every resource', () => {
    for (const resource of RESOURCES) expect(typeof lookup(`resources.${resource}.name`), resource).toBe('string');
  });

  it('label every value of every enum of the data model', () => {
    for (const [name, values] of Object.entries(ENUMS)) {
      for (const value of values) expect(typeof lookup(`steppe.enums.${name}.${value}`), `${name}.${value}`).toBe('string');
    }
  });

  it('label every field a resource view shows or edits', () => {
    const allFields = new Set(RESOURCES.flatMap((r) => Object.keys(lookup(`resources.${r}.fields`) as Tree)));
    for (const resource of RESOURCES) {
      const own = lookup(`resources.${resource}.fields`) as Tree;
      for (const file of filesUnder(join(SRC, resource))) {
        for (const [, source] of readFileSync(file, 'utf8').matchAll(/source="(\w+)"/g)) {
          if (source === 'q') continue; // the search box has a placeholder, not a label
          // Columns of related lists (a worker's claims) are labelled by the related resource.
          expect(source in own || allFields.has(source), `${resource}: ${source}`).toBe(true);
        }
      }
    }
  });

  it('define every literal i18n key used anywhere in the console', () => {
    for (const file of filesUnder(SRC)) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/['"]((?:ra|resources|steppe)\.[\w.]+)['"]/g)) {
        expect(typeof lookup(key), `${key} in ${file}`).toBe('string');
      }
    }
  });
});
