// ProgramShow: a class, with tabs of its students, its class sessions (按班点名) and the claims made for it.
import { BooleanField, NumberField, Show, TabbedShowLayout, TextField, usePermissions } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { RefField } from '../common/RefField';
import { relatedTabs } from '../common/relatedTabs';
import { PROGRAM_TABS } from './programTabs';
import { ExtraFieldsShow } from '../forms/ExtraFieldsShow';
import { visibleResources } from '../permissions';
import { SessionRoster } from '../attendance/SessionRoster';

export const ProgramShow = () => {
  const { permissions } = usePermissions();
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.programs.tabs.basic">
          <TextField source="name" />
          <RefField source="institution_id" reference="institutions" />
          <RefField source="region_code" reference="regions" />
          <TextField source="occupation_code" />
          <TextField source="occupation_name" />
          <EnumField source="level" of="skill_level" />
          <EnumField source="training_kind" of="training_kind" />
          <EnumField source="mode" of="program_mode" />
          <EnumField source="delivery" of="delivery" />
          <EnumField source="target_group" of="target_group" />
          <BooleanField source="subsidised" />
          <NumberField source="hours" />
          <NumberField source="capacity" />
          <TextField source="start_date" />
          <TextField source="end_date" />
          <EnumField source="status" of="program_status" chip />
          <ExtraFieldsShow entity="program" label="resources.programs.fields.extra" />
          <MetaFields label={false} />
        </TabbedShowLayout.Tab>
        {relatedTabs('programs', 'program_id', permissions, PROGRAM_TABS.slice(0, 1))}
        {visibleResources(permissions).includes('attendance') && (
          <TabbedShowLayout.Tab label="resources.programs.tabs.sessions" path="sessions">
            <SessionRoster />
          </TabbedShowLayout.Tab>
        )}
        {relatedTabs('programs', 'program_id', permissions, PROGRAM_TABS.slice(1))}
      </TabbedShowLayout>
    </Show>
  );
};
