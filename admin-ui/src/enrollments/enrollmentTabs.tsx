// The Show tabs of an enrolment: attendance, certificates and follow-up visits.
import { DataTable, DateField, NumberField } from 'react-admin';
import type { RelatedTab } from '../common/relatedTabs';
import { CERTIFICATES_TAB, FOLLOW_UPS_TAB } from '../common/sharedTabs';

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
  CERTIFICATES_TAB,
  FOLLOW_UPS_TAB,
];
