// RefField: a record of another resource by its recordRepresentation, linking to its Show page;
// nothing when the role may not read that resource (rather than a refusal icon).
import { ReferenceField, usePermissions } from 'react-admin';
import { apiReads } from '../permissions';

export const RefField = ({ source, reference }: { source: string; reference: string; label?: string | false }) => {
  const { permissions } = usePermissions();
  if (!apiReads(permissions, reference)) return null;
  return <ReferenceField source={source} reference={reference} link="show" emptyText="" />;
};
