// useCatalog: occupation names for codes: from the catalog in force in a region, and for a league's own codes
// (NM-150200-01, the local-code convention of the catalogs) from that league's catalog.
import { useEffect, useState } from 'react';
import { catalogOf } from './catalog';

const LOCAL_CODE = /^NM-(\d{6})-/;

/** The regions whose catalogs name these codes: the issuer's own, and the league of each local code. */
export const catalogRegions = (region: string | undefined, codes: readonly string[]) =>
  [...new Set([region, ...codes.map((c) => LOCAL_CODE.exec(c)?.[1])].filter((r): r is string => !!r))];

/** code → name; `codes` are the codes to name (options come from the region's own catalog). */
export const useCatalog = (region: string | undefined, codes: readonly string[] = []) => {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const regions = catalogRegions(region, codes).join(',');
  useEffect(() => {
    let live = true;
    const list = regions ? regions.split(',') : [];
    // The issuer's own region last, so its names win.
    void Promise.all(list.reverse().map(catalogOf)).then((catalogs) => {
      if (live) setNames(new Map(catalogs.flat().map((e) => [e.code, e.name])));
    });
    return () => { live = false; };
  }, [regions]);
  return names;
};

/** 「焊工（6-18-02-04）」, or the code alone when no catalog lists it. */
export const occupationText = (names: Map<string, string>, code: string) => (names.has(code) ? `${names.get(code)}（${code}）` : code);
