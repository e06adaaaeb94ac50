// RiskCaseList: the 风险隐患清单 of the user's scope: open cases first, filtered by status, severity and region;
// the fund-safety report of the scope above it.
import { DataTable, List, SearchInput } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListActions } from '../common/ListActions';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { RiskReportPanel } from './RiskReportPanel';
import { RiskScanButton } from './RiskScanButton';
import { DateTimeField } from '../common/DateTimeField';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" of="risk_status" alwaysOn />,
  <EnumInput key="severity" source="severity" of="risk_severity" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" />,
  ...dateRange('found_at'),
];

export const RiskCaseList = () => (
  <>
    <RiskReportPanel />
    <List actions={<ListActions><RiskScanButton /></ListActions>} filters={filters} sort={{ field: 'found_at', order: 'DESC' }}>
      <ResponsiveDataTable card={{ title: 'title', chip: 'status', fields: ['severity', 'region_code', 'held_fen'] }} rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="severity"><EnumField source="severity" of="risk_severity" chip /></DataTable.Col>
        <DataTable.Col source="title" />
        <DataTable.Col source="region_code"><RefField source="region_code" reference="regions" /></DataTable.Col>
        <DataTable.Col source="held_fen" align="right"><MoneyField source="held_fen" /></DataTable.Col>
        <DataTable.Col source="status"><EnumField source="status" of="risk_status" chip /></DataTable.Col>
        <DataTable.Col source="found_at"><DateTimeField source="found_at" /></DataTable.Col>
      </ResponsiveDataTable>
    </List>
  </>
);
