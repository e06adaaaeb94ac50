// The Show tabs of an enrolment: attendance, certificates and follow-up visits.
import { DataTable, NumberField } from 'react-admin';
import type { RelatedTab } from '../common/relatedTabs';
import { CERTIFICATES_TAB, FOLLOW_UPS_TAB } from '../common/sharedTabs';
import { DateTimeField } from '../common/DateTimeField';

export const ENROLLMENT_TABS: RelatedTab[] = [
  {
    reference: 'attendance',
    sort: { field: 'session_date', order: 'ASC' },
    columns: (
      <>
        <DataTable.Col source="session_date" />
        <DataTable.Col source="hours"><NumberField source="hours" /></DataTable.Col>
        <DataTable.Col source="check_in_at"><DateTimeField source="check_in_at" /></DataTable.Col>
      </>
    ),
  },
  CERTIFICATES_TAB,
  FOLLOW_UPS_TAB,
];
