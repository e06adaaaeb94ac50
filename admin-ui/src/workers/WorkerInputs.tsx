// WorkerInputs: the inputs a clerk fills in for a worker, shared by WorkerCreate and WorkerEdit.
import { required, TextInput } from 'react-admin';
import { EnumArrayInput, EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';
import { phone } from '../common/validators';

/** On edit, phone and account arrive masked: left as they are, they are not sent back. */
export const WorkerInputs = ({ masked = false }: { masked?: boolean }) => {
  const maskedHelp = masked ? 'steppe.workers.masked_help' : undefined;
  return (
    <>
      <Row>
        <TextInput source="name" validate={required()} />
        <EnumInput source="category" of="worker_category" validate={required()} />
        <RefInput source="region_code" reference="regions" validate={required()} />
      </Row>
      <EnumArrayInput source="traits" of="worker_trait" />
      <Row>
        <TextInput source="phone" validate={phone} helperText={maskedHelp} />
        <TextInput source="payee_account" helperText={maskedHelp} />
      </Row>
      <Row>
        <EnumInput source="education" of="education" />
        <TextInput source="skill_base" />
      </Row>
      <Row>
        <EnumInput source="employment_status" of="employment_status" />
        <TextInput source="employer" />
      </Row>
      <TextInput source="notes" multiline minRows={2} />
    </>
  );
};
