// LedgerList: one ledger (培训需求 / 技能评价需求 / 就业需求台账): the wishes of its kind, with a clerk's filters
// (channel, region, date range, 待安置/已安置) and 「导出 Excel」 of exactly what is listed.
import { Alert } from '@mui/material';
import { DataTable, List, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { dateRange } from '../common/dateRange';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { ListActions } from '../common/ListActions';
import { OccupationNameField } from '../common/OccupationNameField';
import { RefField } from '../common/RefField';
import { RefInput } from '../common/RefInput';
import { RegionNameField } from '../common/RegionNameField';
import type { Ledger } from './ledgers';
import { LedgerStatusField, PlacementField } from './LedgerFields';
import { LedgerFigures } from './LedgerFigures';
import { ResponsiveDataTable } from '../common/ResponsiveDataTable';

/** Long texts may wrap; names, dates and codes stay on one line. */
const WRAP = () => ({ whiteSpace: 'normal', minWidth: 120 });

const STATUS_CHOICES = ['open', 'placed', 'closed'].map((id) => ({ id, name: `steppe.ledgers.status.${id}` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <RefInput key="region_code" source="region_code" reference="regions" alwaysOn />,
  <EnumInput key="channel" source="channel" of="channel" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  ...dateRange('stated_on', { alwaysOn: true }),
];

export const LedgerList = ({ ledger }: { ledger: Ledger }) => {
  const translate = useTranslate();
  const title = translate(`steppe.ledgers.${ledger.id}.title`);
  return (
    <List
      resource="intentions"
      storeKey={`ledger.${ledger.id}`}
      filter={ledger.filter}
      title={title}
      filters={filters}
      actions={<ListActions create={false} exportTitle={title} />}
      sort={{ field: 'stated_on', order: 'DESC' }}
      empty={false}
    >
      <Alert severity="info" sx={{ mx: 2, my: 1 }}>{translate(`steppe.ledgers.${ledger.id}.help`)}</Alert>
      <LedgerFigures ledger={ledger} />
      <ResponsiveDataTable card={{ chip: 'status', fields: ['region_code', 'stated_on', 'enrollment_id'] }} rowClick="show" bulkActionButtons={false} sx={{ '& .MuiTableCell-root': { whiteSpace: 'nowrap' } }} empty={<Alert severity="info" sx={{ m: 2 }}>{translate('steppe.ledgers.empty')}</Alert>}>
        <DataTable.Col source="worker_id"><RefField source="worker_id" reference="workers" /></DataTable.Col>
        <DataTable.Col source="region_code"><RegionNameField source="region_code" /></DataTable.Col>
        <DataTable.Col source="stated_on" />
        <DataTable.Col source="channel" cellSx={WRAP}><EnumField source="channel" of="channel" /></DataTable.Col>
        {ledger.id !== 'job' && <DataTable.Col source="occupation_code" label="steppe.ledgers.occupation"><OccupationNameField source="occupation_code" /></DataTable.Col>}
        {ledger.id === 'training' && <DataTable.Col source="training_kind"><EnumField source="training_kind" of="training_kind" /></DataTable.Col>}
        {ledger.id !== 'evaluation' && <DataTable.Col source="orientation"><EnumField source="orientation" of="orientation" /></DataTable.Col>}
        {ledger.id === 'job' && <DataTable.Col source="job_wish" cellSx={WRAP} />}
        <DataTable.Col source="status"><LedgerStatusField /></DataTable.Col>
        <DataTable.Col source="enrollment_id" label="steppe.ledgers.placement" disableSort cellSx={WRAP}><PlacementField /></DataTable.Col>
      </ResponsiveDataTable>
    </List>
  );
};
