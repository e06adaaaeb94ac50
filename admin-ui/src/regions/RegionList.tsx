// RegionList: the administrative tree as a flat table, filtered by level and parent node.
import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="level" source="level" of="region_level" alwaysOn />,
  <RefInput key="parent_id" source="parent_id" reference="regions" alwaysOn />,
  <NullableBooleanInput key="owns_config" source="owns_config" />,
];

export const RegionList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'id', order: 'ASC' }}>
    <ResponsiveDataTable card={{ title: 'name', fields: ['id', 'level', 'parent_id'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="name" />
      <DataTable.Col source="level"><EnumField source="level" of="region_level" /></DataTable.Col>
      <DataTable.Col source="parent_id"><RefField source="parent_id" reference="regions" /></DataTable.Col>
      <DataTable.Col source="owns_config"><BooleanField source="owns_config" /></DataTable.Col>
      <DataTable.Col source="is_example"><BooleanField source="is_example" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
