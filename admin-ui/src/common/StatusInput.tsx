// StatusInput: a status select offering only what the server accepts — on create the starting states, on edit the
// current state and the next ones for this record and role (a finished class offers 已结业 and 已关闭, nothing else).
import { required, useRecordContext } from 'react-admin';
import { EnumInput } from './EnumInput';
import type { EnumName } from './enums';
import { useTransitions } from './useTransitions';

interface Props {
  entity: 'programs' | 'enrollments';
  of: EnumName;
  /** The states a new record may start in. */
  initial: readonly string[];
}

export const StatusInput = ({ entity, of, initial }: Props) => {
  const record = useRecordContext();
  const transitions = useTransitions(entity, record?.id, record?.version);
  const creating = !record?.id;
  const only = creating ? initial : transitions ? [transitions.current, ...transitions.allowed] : [String(record.status)];
  return (
    <EnumInput source="status" of={of} only={only} defaultValue={creating ? initial[0] : undefined}
      validate={required()} readOnly={!creating && only.length <= 1} />
  );
};
