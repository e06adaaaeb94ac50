// A region's place in the tree as a clerk reads it: 「包头市 › 昆都仑区」 (the 自治区 itself left out below it).
export interface RegionRow { id: string; name: string; path?: string; level?: string }

/** Names along `path` (/150000/150200/150203/) from the 盟市 down; codes whose names are not known yet stay as codes. */
export function regionTrail(region: RegionRow, byId: Map<string, RegionRow>): string {
  const codes = String(region.path ?? `/${region.id}/`).split('/').filter(Boolean);
  const shown = codes.length > 1 ? codes.slice(1) : codes;
  return shown.map((c) => (c === String(region.id) ? region.name : byId.get(c)?.name ?? c)).join(' › ');
}
