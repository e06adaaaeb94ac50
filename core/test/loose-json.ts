// The one deliberate `any` of the test support: an HTTP answer's parsed JSON, as tests read it.

/**
 * What the test clients (core/test/client.ts, core/test/live.ts, core/public/test-kit.ts, e2e/cluster/api.ts)
 * give back when the caller names no type. Hundreds of test files read answers loosely (`r.body.items[0].id`,
 * passed on as a number); `unknown` would force a cast on each of those lines, so the looseness is kept here,
 * once and named, and a caller that wants checking names its own type (`c.get<Claim>(...)`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any: test answers are read loosely by hundreds of tests (see above)
export type LooseJson = any;
