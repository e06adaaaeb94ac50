// ClaimEdit: a draft claim's application fields; submitting and deciding are actions on the show page.
import { Edit, SimpleForm } from 'react-admin';
import { ExtraFieldsInput } from '../forms/ExtraFieldsInput';
import { ClaimInputs } from './ClaimInputs';
import { claimPatch } from './claimPatch';

export const ClaimEdit = () => (
  <Edit mutationMode="pessimistic" transform={claimPatch} redirect="show">
    <SimpleForm>
      <ClaimInputs />
      <ExtraFieldsInput entity="claim" />
    </SimpleForm>
  </Edit>
);
