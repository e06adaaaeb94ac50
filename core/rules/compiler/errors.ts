// The compile error of the rules compiler and the JSON-pointer helpers its messages use.

/**
 * Thrown by `compileRuleSet` when a rule set cannot be compiled: an unknown operator or
 * decorator, an unsupported `path`, a malformed condition, a missing named condition.
 * `pointer` locates the offending value in the document `{ rules: [...], conditions: {...} }`.
 */
export class RuleCompileError extends Error {
  override readonly name = 'RuleCompileError';
  constructor(
    /** Who owns the error: `rule "age-limit" (#3)` or `shared condition "adult"`. */
    readonly owner: string,
    /** JSON pointer of the offending value: `/rules/3/conditions/all/1/operator`. */
    readonly pointer: string,
    /** What is wrong, without the location. */
    readonly detail: string,
  ) {
    super(`${owner}: ${detail} (at ${pointer})`);
  }
}

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Where a condition sits and whose it is, for error messages. */
export interface Site {
  owner: string;
  pointer: string;
}

export function fail(site: Site, detail: string, suffix = ''): never {
  throw new RuleCompileError(site.owner, site.pointer + suffix, detail);
}

export function child(site: Site, ...tokens: (string | number)[]): Site {
  return { owner: site.owner, pointer: site.pointer + tokens.map((t) => '/' + pointerToken(t)).join('') };
}
