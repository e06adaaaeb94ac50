// ExtraFieldsShow: a record's `extra` fields read-only, labelled by its region's form (titles and choice names, not JSON keys).
import { useEffect, useState } from 'react';
import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { JsonField } from '../common/JsonField';
import { effectiveForm, type EffectiveForm, type FormEntity } from './effectiveForm';
import { extraText } from './extraText';
import { hiddenFor } from './roleFields';
import { session } from '../providers/session';

export const ExtraFieldsShow = ({ entity }: { entity: FormEntity; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [form, setForm] = useState<EffectiveForm | null | undefined>(undefined);
  const region = record?.region_code ? String(record.region_code) : null;
  useEffect(() => {
    if (!region) return undefined;
    let live = true;
    void effectiveForm(region, entity).then((f) => live && setForm(f));
    return () => { live = false; };
  }, [region, entity]);
  // A field the form shows only to other roles is not shown here either.
  const hidden = form ? hiddenFor(form.body, session.user()?.role) : [];
  const extra = Object.entries((record?.extra ?? {}) as Record<string, unknown>).filter(([k, v]) => v !== null && v !== undefined && v !== '' && !hidden.includes(k));
  if (extra.length === 0 || form === undefined) return null;
  if (!form) return <JsonField source="extra" />;
  const props = form.body.schema.properties ?? {};
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}>
      {extra.map(([name, value]) => (
        <Box key={name} sx={{ display: 'contents' }}>
          {/* A field the form no longer has keeps its stored value readable, marked as retired. */}
          <Typography component="dt" variant="body2" color="text.secondary">{props[name]?.title ?? `${name}${translate('steppe.lowcode.retired_field')}`}</Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>{extraText(props[name], value)}</Typography>
        </Box>
      ))}
    </Box>
  );
};
