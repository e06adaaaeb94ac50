// ConfigShow: one version of a configuration document, its body in words (the JSON folded away for developers).
import { FunctionField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';
import { ConfigBody } from './ConfigBody';
import { KEY_LABELS } from './bodyTemplates';
import { ConfigShowActions } from './ConfigShowActions';
import { DateTimeField } from '../common/DateTimeField';

export const ConfigShow = () => (
  <Show actions={<ConfigShowActions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <RefField source="node_code" reference="regions" />
      <EnumField source="kind" of="config_kind" />
      {/* The key in words (职业培训补贴, 本级文档); a typical case's key is the slug its author chose. */}
      <FunctionField source="key" render={(r) => KEY_LABELS[String(r.key)] ?? String(r.key)} />
      <NumberField source="doc_version" />
      <EnumField source="state" of="config_state" chip />
      <EnumField source="mode" of="config_mode" />
      <TextField source="effective_from" />
      <TextField source="effective_to" />
      <DateTimeField source="published_at" />
      <RefField source="published_by" reference="users" />
      <ConfigBody label="resources.configs.fields.body" />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
