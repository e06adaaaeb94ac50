// LedgerStatusField: a wish's status in a ledger's words (待安置 / 已安置); PlacementField: once placed, the class
// it was placed in, linking to the enrolment.
import { Chip } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';

const COLOURS = { open: 'warning', placed: 'success', closed: 'default' } as const;

export const LedgerStatusField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const status = String(record.status) as keyof typeof COLOURS;
  return <Chip size="small" color={COLOURS[status] ?? 'default'} label={translate(`steppe.ledgers.status.${status}`, { _: status })} />;
};

export const PlacementField = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record?.enrollment_id) return null;
  return (
    <ReferenceField source="enrollment_id" reference="enrollments" link="show" emptyText="">
      <ReferenceField source="program_id" reference="programs" link={false} emptyText="" />
    </ReferenceField>
  );
};
