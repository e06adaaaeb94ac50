// Tests of which columns a list's phone card shows.
// @vitest-environment node
import { createElement, Fragment, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { cardColumns, columnsOf } from './cardColumns';

const Col = (_props: { source?: string; label?: string; children?: ReactNode }) => null;
const Chip = (_props: { source: string; chip?: boolean }) => null;
const col = (source: string, child?: ReturnType<typeof createElement>) => createElement(Col, { source, key: source }, child);
const sources = (cols: ReturnType<typeof columnsOf>) => cols.map((c) => c.props.source);

describe('phone card columns', () => {
  const columns = columnsOf([
    col('name'), col('id_number'), false,
    createElement(Fragment, { key: 'f' }, col('gender'), col('category')),
    col('status', createElement(Chip, { source: 'status', chip: true })), col('region_code'),
  ]);
  it('flattens fragments and skips conditionals that are off', () => {
    expect(sources(columns)).toEqual(['name', 'id_number', 'gender', 'category', 'status', 'region_code']);
  });
  it('by default takes the first column as title, a chip column as status and the next three as fields', () => {
    const card = cardColumns(columns);
    expect(card.title?.props.source).toBe('name');
    expect(card.chip?.props.source).toBe('status');
    expect(sources(card.fields)).toEqual(['id_number', 'gender', 'category']);
  });
  it('follows a list’s own choice, skipping columns it does not have', () => {
    const card = cardColumns(columns, { title: 'region_code', chip: 'category', fields: ['status', 'missing', 'name'] });
    expect(card.title?.props.source).toBe('region_code');
    expect(card.chip?.props.source).toBe('category');
    expect(sources(card.fields)).toEqual(['status', 'name']);
  });
});
