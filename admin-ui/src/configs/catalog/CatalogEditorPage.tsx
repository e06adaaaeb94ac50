// CatalogEditorPage: /catalog/:node, the catalog editor of a node (by default the user's own), outside the configs list.
import { Title, useParams } from 'react-admin';
import { session } from '../../providers/session';
import { CatalogEditor } from './CatalogEditor';

export const CatalogEditorPage = () => {
  const { node } = useParams();
  const code = node ?? session.user()?.region_code ?? '150000';
  return (
    <>
      <Title title="steppe.catalog.page_title" />
      <CatalogEditor node={code} />
    </>
  );
};
