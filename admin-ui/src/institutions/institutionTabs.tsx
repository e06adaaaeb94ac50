// The Show tabs of an institution: its programs and its training bases.
import { DataTable } from 'react-admin';
import { EnumField } from '../common/EnumField';
import type { RelatedTab } from '../common/relatedTabs';

export const INSTITUTION_TABS: RelatedTab[] = [
  {
    reference: 'programs',
    sort: { field: 'start_date', order: 'DESC' },
    columns: (
      <>
        <DataTable.Col source="name" />
        <DataTable.Col source="level"><EnumField source="level" of="skill_level" /></DataTable.Col>
        <DataTable.Col source="start_date" />
        <DataTable.Col source="status"><EnumField source="status" of="program_status" /></DataTable.Col>
      </>
    ),
  },
  {
    reference: 'bases',
    sort: { field: 'name', order: 'ASC' },
    columns: (
      <>
        <DataTable.Col source="name" />
        <DataTable.Col source="area_type"><EnumField source="area_type" of="area_type" /></DataTable.Col>
        <DataTable.Col source="capacity" />
      </>
    ),
  },
];
