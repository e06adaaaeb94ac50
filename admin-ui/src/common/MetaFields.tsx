// MetaFields: the bookkeeping columns of every record (created/updated at and by, version) in one row.
// Who created or updated it is named to every role (GET /api/lookup/users gives display names only).
import { Stack } from '@mui/material';
import { Labeled, NumberField } from 'react-admin';
import { RefField } from './RefField';
import { DateTimeField } from './DateTimeField';

export const MetaFields = (_props: { label?: false }) => {
  return (
    <Stack direction="row" gap={4} flexWrap="wrap">
      <Labeled source="created_at"><DateTimeField source="created_at" /></Labeled>
      <Labeled source="created_by"><RefField source="created_by" reference="users" /></Labeled>
      <Labeled source="updated_at"><DateTimeField source="updated_at" /></Labeled>
      <Labeled source="updated_by"><RefField source="updated_by" reference="users" /></Labeled>
      <Labeled source="version"><NumberField source="version" /></Labeled>
    </Stack>
  );
};
