// WorkerShow: a worker's record, with the clear-value reveal for administrators and tabs of everything linked to them.
import { Show, TabbedShowLayout, TextField, usePermissions } from 'react-admin';
import { EnumArrayField } from '../common/EnumArrayField';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';
import { relatedTabs } from '../common/relatedTabs';
import { WORKER_TABS } from './workerTabs';
import { WorkerReveal } from './WorkerReveal';
import { ExtraFieldsShow } from '../forms/ExtraFieldsShow';

export const WorkerShow = () => {
  const { permissions } = usePermissions();
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.workers.tabs.basic">
          <TextField source="name" />
          <EnumField source="category" of="worker_category" />
          <EnumArrayField source="traits" of="worker_trait" />
          <TextField source="id_number" />
          <EnumField source="gender" of="gender" />
          <TextField source="birth_date" />
          <RefField source="home_region_code" reference="regions" />
          <RefField source="region_code" reference="regions" />
          <TextField source="phone" />
          <TextField source="payee_account" />
          <WorkerReveal label={false} />
          <EnumField source="education" of="education" />
          <TextField source="skill_base" />
          <EnumField source="employment_status" of="employment_status" />
          <TextField source="employer" />
          <TextField source="notes" />
          <ExtraFieldsShow entity="worker" label="resources.workers.fields.extra" />
          <MetaFields label={false} />
        </TabbedShowLayout.Tab>
        {relatedTabs('workers', 'worker_id', permissions, WORKER_TABS)}
      </TabbedShowLayout>
    </Show>
  );
};
