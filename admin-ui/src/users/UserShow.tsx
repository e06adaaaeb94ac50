// UserShow: one account (the password is never shown).
import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';
import { DateTimeField } from '../common/DateTimeField';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="display_name" />
      <EnumField source="role" of="role" />
      <RefField source="region_code" reference="regions" />
      <RefField source="institution_id" reference="institutions" />
      <BooleanField source="active" />
      <DateTimeField source="locked_until" />
      <DateTimeField source="last_login_at" />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
