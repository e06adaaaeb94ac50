// The demand catalog in force in a region (GET /api/regions/:code/effective/catalog), loaded once per region and
// shared by every picker of occupations (classes, the issuer register).
import { apiGet } from '../providers/api';

export interface CatalogEntry {
  code: string;
  name: string;
  levels: Record<string, { min_hours: number; standard_fen: number }>;
}

const catalogs = new Map<string, Promise<CatalogEntry[]>>();

/** The entries of the region's effective catalog; none when it has none or cannot be read. */
export const catalogOf = (region: string): Promise<CatalogEntry[]> => {
  if (!catalogs.has(region)) {
    catalogs.set(region, apiGet<{ body: { entries: CatalogEntry[] } }>(`/regions/${region}/effective/catalog`).then((d) => d.body.entries).catch(() => []));
  }
  return catalogs.get(region)!;
};
