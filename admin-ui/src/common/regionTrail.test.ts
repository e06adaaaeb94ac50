// Region trails read from the materialised path, the 自治区 left out below it.
import { describe, expect, it } from 'vitest';
import { regionTrail } from './regionTrail';

const rows = [
  { id: '150000', name: '内蒙古自治区', path: '/150000/' },
  { id: '150200', name: '包头市', path: '/150000/150200/' },
  { id: '150203', name: '昆都仑区', path: '/150000/150200/150203/' },
];
const byId = new Map(rows.map((r) => [r.id, r]));

describe('regionTrail', () => {
  it('names every level from the 盟市 down', () => {
    expect(regionTrail(rows[2], byId)).toBe('包头市 › 昆都仑区');
    expect(regionTrail(rows[1], byId)).toBe('包头市');
    expect(regionTrail(rows[0], byId)).toBe('内蒙古自治区');
  });
  it('keeps a code whose name is not loaded yet', () => {
    expect(regionTrail(rows[2], new Map())).toBe('150200 › 昆都仑区');
  });
});
