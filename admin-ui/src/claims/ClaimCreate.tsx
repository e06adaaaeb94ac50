// ClaimCreate: opens a claim as a draft; the rules decide it once it is submitted.
import { Create, SimpleForm } from 'react-admin';
import { ExtraFieldsInput } from '../forms/ExtraFieldsInput';
import { ClaimInputs } from './ClaimInputs';

export const ClaimCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ClaimInputs />
      <ExtraFieldsInput entity="claim" />
    </SimpleForm>
  </Create>
);
