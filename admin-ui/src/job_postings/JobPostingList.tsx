// JobPostingList: vacancies, searchable, filtered by region, occupation, minimum level and validity.
import { DataTable, List, NumberField, SearchInput, TextInput } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" alwaysOn />,
  <TextInput key="occupation_code" source="occupation_code" />,
  <EnumInput key="min_level" source="min_level" of="skill_level" />,
  ...dateRange('valid_to'),
];

export const JobPostingList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'valid_to', order: 'DESC' }}>
    <ResponsiveDataTable rowClick="show">
      <DataTable.Col source="title" />
      <DataTable.Col source="employer" />
      <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="min_level"><EnumField source="min_level" of="skill_level" /></DataTable.Col>
      <DataTable.Col source="positions"><NumberField source="positions" /></DataTable.Col>
      <DataTable.Col source="wage_min_fen"><MoneyField source="wage_min_fen" /></DataTable.Col>
      <DataTable.Col source="wage_max_fen"><MoneyField source="wage_max_fen" /></DataTable.Col>
      <DataTable.Col source="valid_to" />
    </ResponsiveDataTable>
  </List>
);
