// RjsfForm: a region's form rendered by @rjsf/mui, validated as you type without evaluating code (the CSP forbids it); loaded lazily (it is a large bundle).
import MuiForm from '@rjsf/mui';
import { cspValidator as validator } from './cspValidator';

interface Props {
  schema: Record<string, any>;
  uiSchema: Record<string, any>;
  value: Record<string, unknown>;
  onChange?: (value: Record<string, unknown>) => void;
  readonly?: boolean;
}

export default function RjsfForm({ schema, uiSchema, value, onChange, readonly }: Props) {
  return (
    <MuiForm
      schema={schema}
      uiSchema={uiSchema}
      formData={value}
      validator={validator}
      readonly={readonly}
      liveValidate={!readonly}
      showErrorList={false}
      noHtml5Validate
      tagName="div"
      // A choice (oneOf of consts) stays empty until the clerk picks one, instead of silently taking the first.
      experimental_defaultFormStateBehavior={{ constAsDefaults: 'skipOneOf' }}
      onChange={(e) => onChange?.((e.formData ?? {}) as Record<string, unknown>)}
    />
  );
}
