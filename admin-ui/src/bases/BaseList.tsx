// BaseList: training bases, filtered by region, institution, area type and level.
import { DataTable, List, NumberField, SearchInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" alwaysOn />,
  <RefInput key="institution_id" source="institution_id" reference="institutions" />,
  <EnumInput key="area_type" source="area_type" of="area_type" />,
  <EnumInput key="level" source="level" of="base_level" />,
];

export const BaseList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <ResponsiveDataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="institution_id"><RefField source="institution_id" reference="institutions" /></DataTable.Col>
      <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="area_type"><EnumField source="area_type" of="area_type" /></DataTable.Col>
      <DataTable.Col source="level"><EnumField source="level" of="base_level" /></DataTable.Col>
      <DataTable.Col source="capacity"><NumberField source="capacity" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
