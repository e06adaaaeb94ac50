// ProgramCreate: opens a class; institution staff start from their own institution and region.
import { Create, SimpleForm } from 'react-admin';
import { session } from '../providers/session';
import { dateOrder } from '../common/dates';
import { ProgramInputs } from './ProgramInputs';
import { ExtraFieldsInput } from '../forms/ExtraFieldsInput';

const ownDefaults = () => {
  const user = session.user();
  return user?.role === 'institution_staff' ? { institution_id: user.institution_id, region_code: user.region_code } : {};
};

export const ProgramCreate = () => (
  <Create redirect="show">
    <SimpleForm validate={dateOrder('start_date', 'end_date')} defaultValues={ownDefaults()}>
      <ProgramInputs />
      <ExtraFieldsInput entity="program" />
    </SimpleForm>
  </Create>
);
