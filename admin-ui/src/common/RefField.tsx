// RefField: a record of another resource by its readable name (GET /api/lookup, scoped like the record), linking to its
// Show page when the role may open it. Every role that sees the record sees the name (a reviewer sees who decided).
import { ReferenceField, TextField, useCanAccess, usePermissions } from 'react-admin';
import { apiReads } from '../permissions';
import { lookupResource } from '../providers/lookupProvider';

export const RefField = ({ source, reference }: { source: string; reference: string; label?: string | false }) => {
  const { permissions } = usePermissions();
  const { canAccess } = useCanAccess({ action: 'show', resource: reference });
  // Users' names are given to every role (the people acting on its records); other unreadable resources show nothing.
  if (reference !== 'users' && !apiReads(permissions, reference)) return null;
  return (
    <ReferenceField source={source} reference={lookupResource(reference)} emptyText=""
      link={canAccess ? (record) => `/${reference}/${encodeURIComponent(String(record.id))}/show` : false}>
      <TextField source="label" />
    </ReferenceField>
  );
};
