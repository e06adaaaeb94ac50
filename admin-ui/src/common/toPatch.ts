// toPatch: the Edit `transform` that drops server-owned columns before a PUT (keeps `version` for locking).
const SERVER_OWNED = ['id', 'created_at', 'updated_at', 'created_by', 'updated_by'];

/** Use as `<Edit transform={toPatch()}>`, naming any further fields the form must not send. */
export const toPatch =
  (...readOnly: string[]) =>
  (data: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(data).filter(([key]) => !SERVER_OWNED.includes(key) && !readOnly.includes(key)),
    );
