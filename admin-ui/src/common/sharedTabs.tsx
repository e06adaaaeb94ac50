// Related-record tabs shown the same way under more than one resource (a worker's and an enrolment's).
import { DataTable } from 'react-admin';
import { EnumField } from './EnumField';
import type { RelatedTab } from './relatedTabs';

export const CERTIFICATES_TAB: RelatedTab = {
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
};

export const FOLLOW_UPS_TAB: RelatedTab = {
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
};
