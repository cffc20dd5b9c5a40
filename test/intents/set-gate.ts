/**
 * One gate for every fixed message set of issue 11 (blind sets 1–8, dev sets 3–9): it is the committed file,
 * and it holds the floors its test file records (what was reached, minus about one message). `more` adds a
 * set's own checks.
 */
import { describe, expect, it } from 'vitest';

import { classAccuracy, loadClosures, loadRealCatalog, loadTestSet, oursOn, score, type TestSet } from '../../bench/nlu.js';
import type { Nlu } from '../../core/nlu.js';
import { createNlu } from '../../intents/index.js';

export interface Floors {
  readonly items: number;
  readonly intent: number;
  readonly service: number;
  readonly dateTime: number;
  readonly oosAccepted: number;
  /** How many classes the set was written in: 15 unless a set was weighted to a few (dev set 9: 8). */
  readonly classes?: number;
  /** Intent accuracy per class of the set, when the set gates them. */
  readonly perClass?: Readonly<Record<string, number>>;
}

export function describeSetGate(name: string, path: string, floors: Floors, more?: (set: TestSet, nlu: Nlu) => void): void {
  describe(name, () => {
    const set = loadTestSet(path);
    const nlu = createNlu(loadRealCatalog()!, { timeZone: set.timeZone, closures: loadClosures() });

    const classes = floors.classes ?? 15;
    it(`is the committed set: ${floors.items} messages in ${classes} classes`, () => {
      expect(set.items.length).toBe(floors.items);
      expect(new Set(set.items.map((i) => i.class)).size).toBe(classes);
    });

    it('holds intent, service, date/time and out-of-scope figures', async () => {
      const s = await score(set, oursOn(nlu, set), 0);
      expect(s.intentAccuracy).toBeGreaterThanOrEqual(floors.intent);
      expect(s.serviceAccuracy).toBeGreaterThanOrEqual(floors.service);
      expect(s.dateTimeAccuracy).toBeGreaterThanOrEqual(floors.dateTime);
      expect(s.oosAccepted).toBeLessThanOrEqual(floors.oosAccepted);
    });

    const perClass = floors.perClass;
    if (perClass !== undefined) {
      it('holds every class', () => {
        const byClass = classAccuracy(set, nlu);
        for (const [cls, floor] of Object.entries(perClass)) expect(byClass[cls], cls).toBeGreaterThanOrEqual(floor);
      });
    }

    more?.(set, nlu);
  });
}
