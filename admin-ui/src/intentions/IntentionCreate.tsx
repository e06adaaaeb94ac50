// IntentionCreate: records a worker's wish as collected through a channel.
import { Create, SimpleForm } from 'react-admin';
import { IntentionInputs } from './IntentionInputs';

export const IntentionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <IntentionInputs isCreate />
    </SimpleForm>
  </Create>
);
