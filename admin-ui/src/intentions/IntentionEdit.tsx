// IntentionEdit: updates a wish, or places it in a class.
import { Edit, SimpleForm } from 'react-admin';
import { toPatch } from '../common/toPatch';
import { IntentionInputs } from './IntentionInputs';
import { ExtraFieldsInput } from '../forms/ExtraFieldsInput';

export const IntentionEdit = () => (
  <Edit mutationMode="pessimistic" transform={toPatch()} redirect="show">
    <SimpleForm>
      <IntentionInputs />
      <ExtraFieldsInput entity="intention" />
    </SimpleForm>
  </Edit>
);
