// InstitutionShow: a training provider, with tabs of its programs and training bases.
import { Show, TabbedShowLayout, TextField, usePermissions } from 'react-admin';
import { EnumArrayField } from '../common/EnumArrayField';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { PiiReveal } from '../common/PiiReveal';
import { RefField } from '../common/RefField';
import { relatedTabs } from '../common/relatedTabs';
import { INSTITUTION_TABS } from './institutionTabs';

export const InstitutionShow = () => {
  const { permissions } = usePermissions();
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.institutions.tabs.basic">
          <TextField source="name" />
          <TextField source="credit_code" />
          <EnumField source="kind" of="institution_kind" />
          <RefField source="region_code" reference="regions" />
          <EnumField source="approval_status" of="approval_status" chip />
          <TextField source="approved_from" />
          <TextField source="approved_to" />
          <EnumField source="brand_level" of="brand_level" />
          <TextField source="contact_name" />
          <TextField source="contact_phone" />
          <PiiReveal fields={['contact_phone']} label={false} />
          <TextField source="address" />
          <EnumArrayField source="occupations" />
          <MetaFields label={false} />
        </TabbedShowLayout.Tab>
        {relatedTabs('institutions', 'institution_id', permissions, INSTITUTION_TABS)}
      </TabbedShowLayout>
    </Show>
  );
};
