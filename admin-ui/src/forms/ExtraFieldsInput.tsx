// ExtraFieldsInput: the `extra` fields of the record's region form (worker, intention, class, claim), inside a react-admin form.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Box, CircularProgress, Typography } from '@mui/material';
import { FormDataConsumer, useInput, useTranslate } from 'react-admin';
import { effectiveForm, uiSchemaOf, type EffectiveForm, type FormEntity } from './effectiveForm';
import { hiddenFor, visibleForm, visibleValues, withHidden } from './roleFields';
import { session } from '../providers/session';

const RjsfForm = lazy(() => import('./RjsfForm'));

/** react-admin formats an empty input as '' : a record without extra fields still has an object of them. */
const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

const RegionForm = ({ region, entity }: { region: string; entity: FormEntity }) => {
  const translate = useTranslate();
  const { field } = useInput({ source: 'extra', defaultValue: {} });
  const [form, setForm] = useState<EffectiveForm | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setForm(undefined);
    void effectiveForm(region, entity).then((f) => live && setForm(f));
    return () => { live = false; };
  }, [region, entity]);
  useEffect(() => {
    // Fields of another region's form would be refused by the API: keep only this form's.
    const names = Object.keys(form?.body.schema.properties ?? {});
    const value = asObject(field.value);
    if (form !== undefined && Object.keys(value).some((k) => !names.includes(k))) {
      field.onChange(Object.fromEntries(Object.entries(value).filter(([k]) => names.includes(k))));
    }
  }, [form]); // eslint-disable-line react-hooks/exhaustive-deps
  if (form === undefined) return <CircularProgress size={20} />;
  if (form === null || Object.keys(form.body.schema.properties ?? {}).length === 0) return null;
  const source = form.chain.map((l) => l.node_name).join(' → ');
  // Fields the form shows only to other roles are not shown; their stored values are saved as they were.
  const hidden = hiddenFor(form.body, session.user()?.role);
  const shown = { ...form, body: visibleForm(form.body, hidden) } as EffectiveForm;
  if (Object.keys(shown.body.schema.properties ?? {}).length === 0) return null;
  const stored = asObject(field.value);
  return (
    <Box sx={{ width: '100%', mt: 2, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography variant="subtitle2">{translate('steppe.forms.extra_title', { source })}</Typography>
      <Suspense fallback={<CircularProgress size={20} />}>
        <RjsfForm schema={{ ...shown.body.schema, title: undefined }} uiSchema={uiSchemaOf(shown)} value={visibleValues(stored, hidden)}
          onChange={(edited) => field.onChange(withHidden(edited, stored, hidden))} />
      </Suspense>
    </Box>
  );
};

export const ExtraFieldsInput = ({ entity }: { entity: FormEntity }) => (
  <FormDataConsumer>
    {({ formData }) => (formData?.region_code ? <RegionForm region={String(formData.region_code)} entity={entity} /> : null)}
  </FormDataConsumer>
);
