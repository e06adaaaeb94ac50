// README's plugin example is the folder plugins/hukou/: each of its files must appear in README.md as one fenced block,
// verbatim. The check lives here, not in the folder, so that a copy of the folder (the guide's first step) holds only
// the plugin and its own test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const example = path.join(root, 'plugins', 'hukou');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => m[2]);

describe("README's plugin example", () => {
  for (const file of ['index.ts', 'index.test.ts', 'rule.json']) {
    it(`shows plugins/hukou/${file} as it is`, () => {
      const text = fs.readFileSync(path.join(example, file), 'utf8');
      expect(blocks.includes(text), `README.md has no code block equal to plugins/hukou/${file}; copy the file into the guide`).toBe(true);
    });
  }
});
