// The Show tabs of a program: its students (enrolments) and the claims made for it.
import { DataTable, NumberField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';
import type { RelatedTab } from '../common/relatedTabs';

export const PROGRAM_TABS: RelatedTab[] = [
  {
    reference: 'enrollments',
    sort: { field: 'enrolled_on', order: 'ASC' },
    columns: (
      <>
        <DataTable.Col source="worker_id"><RefField source="worker_id" reference="workers" /></DataTable.Col>
        <DataTable.Col source="enrolled_on" />
        <DataTable.Col source="attended_hours"><NumberField source="attended_hours" /></DataTable.Col>
        <DataTable.Col source="status"><EnumField source="status" of="enrollment_status" /></DataTable.Col>
        <DataTable.Col source="assessment_result"><EnumField source="assessment_result" of="assessment_result" /></DataTable.Col>
      </>
    ),
  },
  {
    reference: 'claims',
    sort: { field: 'claim_date', order: 'DESC' },
    columns: (
      <>
        <DataTable.Col source="worker_id"><RefField source="worker_id" reference="workers" /></DataTable.Col>
        <DataTable.Col source="type"><EnumField source="type" of="claim_type" /></DataTable.Col>
        <DataTable.Col source="requested_fen"><MoneyField source="requested_fen" /></DataTable.Col>
        <DataTable.Col source="state"><EnumField source="state" of="claim_state" chip /></DataTable.Col>
      </>
    ),
  },
];
