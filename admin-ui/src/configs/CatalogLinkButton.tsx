// CatalogLinkButton: 「编辑本级培训目录」: the catalog editor of the administrator's own node.
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Link, usePermissions } from 'react-admin';
import { Button } from '../common/Button';
import { isAdmin } from '../permissions';
import { session } from '../providers/session';

export const CatalogLinkButton = () => {
  const { permissions } = usePermissions();
  const node = session.user()?.region_code;
  if (!isAdmin(permissions) || !node) return null;
  return (
    <Link to={`/catalog/${node}`}>
      <Button label="steppe.catalog.open_own"><EditNoteIcon /></Button>
    </Link>
  );
};
