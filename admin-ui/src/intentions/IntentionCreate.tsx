// IntentionCreate: records a worker's wish as collected through a channel.
import { Create, SimpleForm } from 'react-admin';
import { IntentionInputs } from './IntentionInputs';
import { ExtraFieldsInput } from '../forms/ExtraFieldsInput';

export const IntentionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <IntentionInputs isCreate />
      <ExtraFieldsInput entity="intention" />
    </SimpleForm>
  </Create>
);
