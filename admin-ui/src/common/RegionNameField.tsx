// RegionNameField: a region by its name alone (「昆都仑区」), for narrow list columns; RefField shows name and code.
import { ReferenceField, TextField } from 'react-admin';

export const RegionNameField = ({ source }: { source: string; label?: string }) => (
  <ReferenceField source={source} reference="regions" link={false} emptyText="">
    <TextField source="name" />
  </ReferenceField>
);
