// Tests of the catalog editor's model: an edit becomes an extend document that reproduces it, and nothing more.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyExtend, extendEntries, levelOrigin, type Entry } from './catalogModel';

const welder: Entry = {
  code: '6-18-02-04', name: '焊工', sector: '装备制造业', kinds: ['employment_skills'], orientation: ['local'], shortage: true,
  levels: { '5': { min_hours: 120, standard_fen: 150000 }, '4': { min_hours: 160, standard_fen: 200000 } },
};
const nanny: Entry = { ...welder, code: '4-10-01-02', name: '育婴员', levels: { '4': { min_hours: 80, standard_fen: 90000 } } };
const parent = [welder, nanny];

describe('extendEntries', () => {
  it('keeps only the changed level of a changed entry, and adds a new entry whole', () => {
    const added: Entry = { ...welder, code: 'NM-150200-01', name: '稀土冶炼工' };
    const edited = [{ ...welder, levels: { ...welder.levels, '5': { min_hours: 120, standard_fen: 180000 } } }, nanny, added];
    const entries = extendEntries(parent, edited);
    expect(entries).toEqual([{ ...welder, levels: { '5': { min_hours: 120, standard_fen: 180000 } } }, added]);
    expect(applyExtend(parent, entries)).toEqual(edited);
  });
  it('removes an inherited entry by code, and leaves unchanged ones out', () => {
    const entries = extendEntries(parent, [welder]);
    expect(entries).toEqual([{ code: nanny.code, name: '育婴员', remove: true }]);
    expect(applyExtend(parent, entries)).toEqual([welder]);
  });
  it('keeps the levels when only another field changed (an entry needs at least one level)', () => {
    const entries = extendEntries(parent, [{ ...welder, shortage: false }, nanny]);
    expect(entries).toEqual([{ ...welder, shortage: false }]);
  });
});

describe('levelOrigin', () => {
  it('tells inherited, overridden and added standards apart', () => {
    expect(levelOrigin(parent, welder.code, '5', welder.levels['5'])).toBe('inherited');
    expect(levelOrigin(parent, welder.code, '5', { min_hours: 120, standard_fen: 1 })).toBe('overridden');
    expect(levelOrigin(parent, welder.code, '3', { min_hours: 200, standard_fen: 1 })).toBe('added');
    expect(levelOrigin(null, welder.code, '5', welder.levels['5'])).toBe('added');
  });
});
