// BaseShow: a training base, with its 以奖代补 claims.
import { DataTable, NumberField, Show, TabbedShowLayout, TextField, usePermissions } from 'react-admin';
import { EnumArrayField } from '../common/EnumArrayField';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import { relatedTabs, type RelatedTab } from '../common/relatedTabs';

const TABS: RelatedTab[] = [
  {
    reference: 'claims',
    sort: { field: 'claim_date', order: 'DESC' },
    columns: (
      <>
        <DataTable.Col source="period_from" />
        <DataTable.Col source="period_to" />
        <DataTable.Col source="requested_fen"><MoneyField source="requested_fen" /></DataTable.Col>
        <DataTable.Col source="state"><EnumField source="state" of="claim_state" chip /></DataTable.Col>
      </>
    ),
  },
];

export const BaseShow = () => {
  const { permissions } = usePermissions();
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.bases.tabs.basic">
          <TextField source="name" />
          <RefField source="institution_id" reference="institutions" />
          <RefField source="region_code" reference="regions" />
          <EnumField source="area_type" of="area_type" />
          <EnumField source="level" of="base_level" />
          <NumberField source="capacity" />
          <EnumArrayField source="occupations" />
          <MetaFields label={false} />
        </TabbedShowLayout.Tab>
        {relatedTabs('bases', 'base_id', permissions, TABS)}
      </TabbedShowLayout>
    </Show>
  );
};
