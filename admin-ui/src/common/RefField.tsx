// RefField: a record of another resource by its recordRepresentation, linking to its Show page.
import { ReferenceField } from 'react-admin';

export const RefField = ({ source, reference }: { source: string; reference: string; label?: string | false }) => (
  <ReferenceField source={source} reference={reference} link="show" emptyText="" />
);
