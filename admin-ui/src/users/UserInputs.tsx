// UserInputs: an account's inputs; the username is fixed once created, the password optional on edit (blank = unchanged).
import { BooleanInput, PasswordInput, required, TextInput } from 'react-admin';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';

export const UserInputs = ({ isCreate = false }: { isCreate?: boolean }) => (
  <>
    <Row>
      <TextInput source="username" validate={required()} readOnly={!isCreate} />
      <TextInput source="display_name" validate={required()} />
    </Row>
    <Row>
      <EnumInput source="role" of="role" validate={required()} />
      <RefInput source="region_code" reference="regions" validate={required()} />
      <RefInput source="institution_id" reference="institutions" />
    </Row>
    <Row>
      <PasswordInput
        source="password"
        validate={isCreate ? required() : undefined}
        helperText={isCreate ? undefined : 'steppe.users.password_keep'}
        autoComplete="new-password"
      />
      <BooleanInput source="active" defaultValue />
    </Row>
  </>
);
