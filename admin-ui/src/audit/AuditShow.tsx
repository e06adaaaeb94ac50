// AuditShow: one audit entry with its recorded changes.
import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { AuditChanges } from './AuditChanges';
import { RefField } from '../common/RefField';
import { ResourceNameField } from './ResourceNameField';
import { DateTimeField } from '../common/DateTimeField';

export const AuditShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <NumberField source="seq" />
      <DateTimeField source="at" />
      <RefField source="user_id" reference="users" />
      <TextField source="username" />
      <EnumField source="role" of="role" />
      <RefField source="region_code" reference="regions" />
      <EnumField source="action" of="audit_action" />
      <ResourceNameField source="resource" />
      <TextField source="record_id" />
      <AuditChanges source="changes" />
      <TextField source="request_id" />
      <TextField source="ip" />
      <TextField source="prev_hash" />
      <TextField source="hash" />
    </SimpleShowLayout>
  </Show>
);
