// ClaimList: subsidy claims, filtered by region, state, type, rule outcome, parties, fund and date.
import { DataTable, List, SearchInput, usePermissions } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { EnumField } from '../common/EnumField';
import { EnumArrayInput, EnumInput } from '../common/EnumInput';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { ListActions } from '../common/ListActions';
import { BulkApproveButton } from './actions/BulkApproveButton';
import { ListPagination } from '../common/ListPagination';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

/** 待审核: what waits for a reviewer's decision, the list a reviewer opens on. */
export const AWAITING_REVIEW = ['submitted', 'under_review'];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumArrayInput key="state" source="state" of="claim_state" alwaysOn sx={{ minWidth: 200 }} />,
  <EnumInput key="type" source="type" of="claim_type" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" alwaysOn />,
  <EnumInput key="outcome" source="outcome" of="claim_outcome" />,
  <RefInput key="institution_id" source="institution_id" reference="institutions" />,
  <RefInput key="program_id" source="program_id" reference="programs" />,
  <RefInput key="worker_id" source="worker_id" reference="workers" />,
  <RefInput key="fund_source_id" source="fund_source_id" reference="fund_sources" />,
  ...dateRange('claim_date'),
];

export const ClaimList = () => {
  const { permissions } = usePermissions();
  const decides = ['platform_admin', 'region_admin', 'reviewer'].includes(String(permissions));
  return (
    <List pagination={<ListPagination />} actions={<ListActions />} filters={filters} sort={{ field: 'claim_date', order: 'DESC' }}
      filterDefaultValues={permissions === 'reviewer' ? { state: AWAITING_REVIEW } : undefined}>
      <ResponsiveDataTable card={{ title: 'worker_id', chip: 'state', fields: ['type', 'requested_fen', 'claim_date'] }} rowClick="show" bulkActionButtons={decides ? <BulkApproveButton /> : false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="type"><EnumField source="type" of="claim_type" /></DataTable.Col>
        <DataTable.Col source="worker_id"><RefField source="worker_id" reference="workers" /></DataTable.Col>
        <DataTable.Col source="institution_id"><RefField source="institution_id" reference="institutions" /></DataTable.Col>
        <DataTable.Col source="claim_date" />
        <DataTable.Col source="requested_fen" align="right"><MoneyField source="requested_fen" /></DataTable.Col>
        <DataTable.Col source="decided_fen" align="right"><MoneyField source="decided_fen" /></DataTable.Col>
        <DataTable.Col source="outcome"><EnumField source="outcome" of="claim_outcome" /></DataTable.Col>
        <DataTable.Col source="state"><EnumField source="state" of="claim_state" chip /></DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
};
