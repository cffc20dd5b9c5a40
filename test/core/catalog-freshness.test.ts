import { describe, expect, it } from 'vitest';

import { monthsBefore, staleFacts } from '../../core/catalog-freshness.js';
import { testCatalog } from '../fakes/mpp.js';

function catalogCheckedOn(dates: Record<string, string>) {
  const catalog = structuredClone(testCatalog());
  for (const service of catalog.services) {
    for (const variant of service.variants) variant.checkedOn = dates[`${service.id}.${variant.id}`] ?? '2026-11-30';
  }
  return catalog;
}

describe('monthsBefore', () => {
  it('steps back calendar months and clamps to the end of a shorter month', () => {
    expect(monthsBefore('2026-11-30', 6)).toBe('2026-05-30');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2028-08-31', 6)).toBe('2028-02-29');
    expect(monthsBefore('2027-01-15', 13)).toBe('2025-12-15');
    expect(monthsBefore('2026-11-30', 0)).toBe('2026-11-30');
  });
});

describe('staleFacts', () => {
  it('lists variants checked before the cutoff, oldest first, and nothing on the cutoff day itself', () => {
    const catalog = catalogCheckedOn({ 'ktp.baru': '2026-05-29', 'kk.umum': '2026-05-30', 'skck.umum': '2025-01-01' });
    expect(staleFacts(catalog, '2026-11-30', 6)).toEqual([
      { key: 'skck.umum', checkedOn: '2025-01-01' },
      { key: 'ktp.baru', checkedOn: '2026-05-29' },
    ]);
  });

  it('takes the limit in months (6 by default)', () => {
    const catalog = catalogCheckedOn({ 'ktp.hilang': '2026-09-01' });
    expect(staleFacts(catalog, '2026-11-30')).toEqual([]);
    expect(staleFacts(catalog, '2026-11-30', 2).map((f) => f.key)).toEqual(['ktp.hilang']);
  });
});
