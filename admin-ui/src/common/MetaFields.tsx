// MetaFields: the bookkeeping columns of every record (created/updated at and by, version) in one row.
// Who created or updated it is named to every role (GET /api/lookup/users gives display names only).
import { Stack } from '@mui/material';
import { DateField, Labeled, NumberField } from 'react-admin';
import { RefField } from './RefField';

export const MetaFields = (_props: { label?: false }) => {
  return (
    <Stack direction="row" gap={4} flexWrap="wrap">
      <Labeled source="created_at"><DateField source="created_at" showTime /></Labeled>
      <Labeled source="created_by"><RefField source="created_by" reference="users" /></Labeled>
      <Labeled source="updated_at"><DateField source="updated_at" showTime /></Labeled>
      <Labeled source="updated_by"><RefField source="updated_by" reference="users" /></Labeled>
      <Labeled source="version"><NumberField source="version" /></Labeled>
    </Stack>
  );
};
