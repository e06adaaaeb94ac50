// relatedTabs: Show tabs listing the records of other resources that point at this one (only those the role may see).
import type { ReactNode } from 'react';
import { TabbedShowLayout, type SortPayload } from 'react-admin';
import { visibleResources } from '../permissions';
import type { ResourceName } from '../resources';
import { Related } from './Related';

export interface RelatedTab {
  reference: ResourceName;
  sort?: SortPayload;
  columns: ReactNode;
}

/**
 * Call inside a TabbedShowLayout (it reads its Tab children directly, so this returns elements).
 * Tab labels are `resources.<owner>.tabs.<reference>`.
 * @example {relatedTabs('workers', 'worker_id', permissions, WORKER_TABS)}
 */
export const relatedTabs = (owner: ResourceName, target: string, role: unknown, tabs: RelatedTab[]) =>
  tabs
    .filter((tab) => visibleResources(role).includes(tab.reference))
    .map(({ reference, sort, columns }) => (
      <TabbedShowLayout.Tab key={reference} label={`resources.${owner}.tabs.${reference}`} path={reference}>
        <Related label={false} reference={reference} target={target} sort={sort}>
          {columns}
        </Related>
      </TabbedShowLayout.Tab>
    ));
