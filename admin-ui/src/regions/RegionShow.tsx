// RegionShow: one node of the tree, with its child nodes.
import { BooleanField, DataTable, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';
import { Related } from '../common/Related';

export const RegionShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="id" />
      <TextField source="name" />
      <EnumField source="level" of="region_level" />
      <RefField source="parent_id" reference="regions" />
      <TextField source="path" />
      <TextField source="slug" />
      <BooleanField source="owns_config" />
      <BooleanField source="is_example" />
      <MetaFields label={false} />
      <Related label="resources.regions.fields.children" reference="regions" target="parent_id" sort={{ field: 'id', order: 'ASC' }}>
        <DataTable.Col source="id" />
        <DataTable.Col source="name" />
        <DataTable.Col source="level"><EnumField source="level" of="region_level" /></DataTable.Col>
      </Related>
    </SimpleShowLayout>
  </Show>
);
