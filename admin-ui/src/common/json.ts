// Narrowing helpers for JSON the console reads but does not own (config bodies, audit changes): the server checks its
// shape, the console takes what it shows and falls back to empty when a part is missing.
export type JsonObject = Record<string, unknown>;

export const isRecord = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `v` when it is a plain object, else an empty one. */
export const recordOf = (v: unknown): JsonObject => (isRecord(v) ? v : {});

/** `v` when it is an array, else an empty one; its items are the caller's view of the document (the server checked them). */
export const listOf = <T = unknown>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** `v` when it is a string. */
export const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
