// The Show tabs of what hangs off a worker: wishes, enrolments, certificates, claims, follow-ups.
import { DataTable } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import type { RelatedTab } from '../common/relatedTabs';
import { CERTIFICATES_TAB, FOLLOW_UPS_TAB } from '../common/sharedTabs';

export const WORKER_TABS: RelatedTab[] = [
  {
    reference: 'intentions',
    sort: { field: 'stated_on', order: 'DESC' },
    columns: (
      <>
        <DataTable.Col source="stated_on" />
        <DataTable.Col source="channel"><EnumField source="channel" of="channel" /></DataTable.Col>
        <DataTable.Col source="training_kind"><EnumField source="training_kind" of="training_kind" /></DataTable.Col>
        <DataTable.Col source="status"><EnumField source="status" of="intention_status" /></DataTable.Col>
      </>
    ),
  },
  {
    reference: 'enrollments',
    sort: { field: 'enrolled_on', order: 'DESC' },
    columns: (
      <>
        <DataTable.Col source="program_id"><RefField source="program_id" reference="programs" /></DataTable.Col>
        <DataTable.Col source="enrolled_on" />
        <DataTable.Col source="status"><EnumField source="status" of="enrollment_status" /></DataTable.Col>
      </>
    ),
  },
  CERTIFICATES_TAB,
  {
    reference: 'claims',
    sort: { field: 'claim_date', order: 'DESC' },
    columns: (
      <>
        <DataTable.Col source="type"><EnumField source="type" of="claim_type" /></DataTable.Col>
        <DataTable.Col source="claim_date" />
        <DataTable.Col source="requested_fen"><MoneyField source="requested_fen" /></DataTable.Col>
        <DataTable.Col source="state"><EnumField source="state" of="claim_state" chip /></DataTable.Col>
      </>
    ),
  },
  FOLLOW_UPS_TAB,
];
