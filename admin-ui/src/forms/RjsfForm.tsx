// RjsfForm: a region's form rendered by @rjsf/mui, validated as you type without evaluating code (the CSP forbids it); loaded lazily (it is a large bundle).
import MuiForm from '@rjsf/mui';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { cspValidator as validator } from './cspValidator';

interface Props {
  /** A form document's JSON Schema, as checked by the server when it was published (core/configs/form-check.ts). */
  schema: Record<string, unknown>;
  uiSchema: UiSchema;
  value: Record<string, unknown>;
  onChange?: (value: Record<string, unknown>) => void;
  readonly?: boolean;
}

export default function RjsfForm({ schema, uiSchema, value, onChange, readonly }: Props) {
  return (
    <MuiForm
      schema={schema as RJSFSchema}
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
