// JobPostingShow: one vacancy.
import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MetaFields } from '../common/MetaFields';
import { MoneyField } from '../common/MoneyField';
import { RefField } from '../common/RefField';

export const JobPostingShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="employer" />
      <RefField source="region_code" reference="regions" />
      <TextField source="occupation_code" />
      <EnumField source="min_level" of="skill_level" />
      <NumberField source="positions" />
      <MoneyField source="wage_min_fen" />
      <MoneyField source="wage_max_fen" />
      <TextField source="valid_to" />
      <MetaFields label={false} />
    </SimpleShowLayout>
  </Show>
);
