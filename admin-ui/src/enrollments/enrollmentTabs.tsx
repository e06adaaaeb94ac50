// The Show tabs of an enrolment: attendance, certificates and follow-up visits.
import { DataTable, DateField, NumberField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import type { RelatedTab } from '../common/relatedTabs';

export const ENROLLMENT_TABS: RelatedTab[] = [
  {
    reference: 'attendance',
    sort: { field: 'session_date', order: 'ASC' },
    columns: (
      <>
        <DataTable.Col source="session_date" />
        <DataTable.Col source="hours"><NumberField source="hours" /></DataTable.Col>
        <DataTable.Col source="check_in_at"><DateField source="check_in_at" showTime /></DataTable.Col>
      </>
    ),
  },
  {
    reference: 'certificates',
    sort: { field: 'issued_on', order: 'DESC' },
    columns: (
      <>
        <DataTable.Col source="number" />
        <DataTable.Col source="kind"><EnumField source="kind" of="certificate_kind" /></DataTable.Col>
        <DataTable.Col source="level"><EnumField source="level" of="skill_level" /></DataTable.Col>
        <DataTable.Col source="issued_on" />
      </>
    ),
  },
  {
    reference: 'follow_ups',
    sort: { field: 'due_on', order: 'ASC' },
    columns: (
      <>
        <DataTable.Col source="months_after" />
        <DataTable.Col source="due_on" />
        <DataTable.Col source="done_on" />
        <DataTable.Col source="employer" />
      </>
    ),
  },
];
