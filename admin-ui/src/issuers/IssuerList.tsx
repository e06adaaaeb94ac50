// IssuerList: the 发证机构名录 the certificate risk check reads, by name and region.
import { DataTable, List, SearchInput } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { OccupationCodesField } from './OccupationCodesField';
import { ValidityField } from './ValidityField';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" alwaysOn />,
];

export const IssuerList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <ResponsiveDataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="occupation_codes" disableSort><OccupationCodesField max={3} /></DataTable.Col>
      <DataTable.Col source="valid_to" label="resources.issuers.fields.validity"><ValidityField /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
