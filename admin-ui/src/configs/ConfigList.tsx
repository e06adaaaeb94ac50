// ConfigList: configuration documents by node, kind and state.
import { DataTable, List, SearchInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { CatalogLinkButton } from './CatalogLinkButton';
import { DateTimeField } from '../common/DateTimeField';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';
import { KEY_LABELS } from './bodyTemplates';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="node_code" source="node_code" reference="regions" alwaysOn />,
  <EnumInput key="kind" source="kind" of="config_kind" alwaysOn />,
  <EnumInput key="state" source="state" of="config_state" alwaysOn />,
];

export const ConfigList = () => (
  <List actions={<ListActions><CatalogLinkButton /></ListActions>} filters={filters} sort={{ field: 'updated_at', order: 'DESC' }}>
    <ResponsiveDataTable card={{ fields: ['kind', 'node_code', 'effective_from'] }} rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col source="node_code"><RefField source="node_code" reference="regions" /></DataTable.Col>
      <DataTable.Col source="kind"><EnumField source="kind" of="config_kind" /></DataTable.Col>
      <DataTable.Col source="key" render={(r) => KEY_LABELS[String(r.key)] ?? String(r.key)} />
      <DataTable.Col source="doc_version" />
      <DataTable.Col source="state"><EnumField source="state" of="config_state" chip /></DataTable.Col>
      <DataTable.Col source="effective_from" />
      <DataTable.Col source="effective_to" />
      <DataTable.Col source="published_at"><DateTimeField source="published_at" /></DataTable.Col>
    </ResponsiveDataTable>
  </List>
);
