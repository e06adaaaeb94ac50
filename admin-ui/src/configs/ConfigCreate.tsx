// ConfigCreate: a new draft document: its node, kind, key, inheritance and dates; the body is then edited in its editor.
import { Create, DateInput, FormDataConsumer, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { today } from '../common/dates';
import { EnumInput } from '../common/EnumInput';
import { RefInput } from '../common/RefInput';
import { Row } from '../common/Row';
import { session } from '../providers/session';
import { bodyTemplate, KEY_LABELS, KIND_KEYS } from './bodyTemplates';

/** The create form's values as entered (node, kind, key, mode, title, dates). */
interface DraftForm { kind: string; key: string; mode: string; title?: string; effective_to?: string | null; [field: string]: unknown }

const transform = (data: DraftForm) => ({ ...data, effective_to: data.effective_to || null, body: bodyTemplate(data.kind, data.key, data.mode, data.title) });

export const ConfigCreate = () => (
  <Create redirect="edit" transform={transform}>
    <SimpleForm defaultValues={{ node_code: session.user()?.region_code, mode: 'extend', effective_from: today() }}>
      <Row>
        <RefInput source="node_code" reference="regions" validate={required()} />
        <EnumInput source="kind" of="config_kind" validate={required()} />
        <FormDataConsumer>
          {({ formData }) => (formData.kind === 'case'
            ? <TextInput source="key" validate={required()} helperText="baotou-welders-2026" />
            : <SelectInput source="key" validate={required()} choices={(KIND_KEYS[formData.kind] ?? []).map((k) => ({ id: k, name: KEY_LABELS[k] ?? k }))} />
          )}
        </FormDataConsumer>
        <EnumInput source="mode" of="config_mode" validate={required()} />
      </Row>
      <TextInput source="title" validate={required()} />
      <Row>
        <DateInput source="effective_from" validate={required()} />
        <DateInput source="effective_to" />
      </Row>
    </SimpleForm>
  </Create>
);
