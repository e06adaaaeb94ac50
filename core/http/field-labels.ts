// The Chinese name of a resource's field for messages (「课时」为必填项): the spreadsheet headers' words, which the console shares.
import { HEADERS } from '../excel/headers.js';

/** The resource a request is about, from its route (`/api/attendance/:id` → attendance). */
export const resourceOfRoute = (routeUrl: string | undefined): string | undefined => /^\/api\/([a-z_]+)/.exec(routeUrl ?? '')?.[1];

/** The field's Chinese label in that resource, without the unit suffix a spreadsheet column carries; undefined when unknown. */
export function fieldLabel(resource: string | undefined, field: string): string | undefined {
  if (!resource || !(resource in HEADERS)) return undefined;
  const header = HEADERS[resource].find(([f, , format]) => f === field && format !== 'region_name')?.[1];
  return header?.replace(/（元）$/, '');
}

/** `「课时」` when the label is known, else `字段「hours」`: how a message names a field. */
export const fieldName = (resource: string | undefined, field: string): string => {
  const label = fieldLabel(resource, field);
  return label ? `「${label}」` : `字段「${field}」`;
};
