// EnrollmentShow: one enrolment, with tabs of its attendance, certificates and follow-up visits.
import { NumberField, Show, TabbedShowLayout, TextField, usePermissions } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';
import { relatedTabs } from '../common/relatedTabs';
import { ENROLLMENT_TABS } from './enrollmentTabs';

export const EnrollmentShow = () => {
  const { permissions } = usePermissions();
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.enrollments.tabs.basic">
          <TextField source="id" />
          <RefField source="worker_id" reference="workers" />
          <RefField source="program_id" reference="programs" />
          <RefField source="intention_id" reference="intentions" />
          <EnumField source="status" of="enrollment_status" chip />
          <TextField source="enrolled_on" />
          <NumberField source="attended_hours" />
          <TextField source="completed_on" />
          <EnumField source="assessment_result" of="assessment_result" />
          <MetaFields label={false} />
        </TabbedShowLayout.Tab>
        {relatedTabs('enrollments', 'enrollment_id', permissions, ENROLLMENT_TABS)}
      </TabbedShowLayout>
    </Show>
  );
};
