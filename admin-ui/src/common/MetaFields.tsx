// MetaFields: the bookkeeping columns of every record (created/updated at and by, version) in one row.
// Who created or updated it shows only to roles that may read users (others would get a refusal icon).
import { Stack } from '@mui/material';
import { DateField, Labeled, NumberField, usePermissions } from 'react-admin';
import { apiReads } from '../permissions';
import { RefField } from './RefField';

export const MetaFields = (_props: { label?: false }) => {
  const { permissions } = usePermissions();
  const seesUsers = apiReads(permissions, 'users');
  return (
    <Stack direction="row" gap={4} flexWrap="wrap">
      <Labeled source="created_at"><DateField source="created_at" showTime /></Labeled>
      {seesUsers && <Labeled source="created_by"><RefField source="created_by" reference="users" /></Labeled>}
      <Labeled source="updated_at"><DateField source="updated_at" showTime /></Labeled>
      {seesUsers && <Labeled source="updated_by"><RefField source="updated_by" reference="users" /></Labeled>}
      <Labeled source="version"><NumberField source="version" /></Labeled>
    </Stack>
  );
};
