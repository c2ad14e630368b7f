/**
 * storyFacts on the fixtures: one year, one first and one latest count, one set of named villages,
 * and "now unknown" only while no later report exists. Expectations come from the fixture rows.
 */
import { describe, expect, test } from 'vitest';
import { parsePartialDate } from '../../src/data/partial-date.ts';
import { NOT_REPORTED } from '../../src/data/schema.ts';
import { siteRegion } from '../../src/model/queries.ts';
import { storyFacts } from '../../src/model/story.ts';
import type { IndicatorValue, Model, Village } from '../../src/model/types.ts';
import { laterYearsModel, syntheticModel } from '../charts/chart-fixture.ts';

const model = laterYearsModel();
const region = siteRegion(model);
const roleId = (m: Model, role: string) => m.indicators.find((i) => i.role === role)?.id;
const dated = (m: Model, role: string) =>
  m.indicatorValues.filter(
    (v): v is IndicatorValue & { date: { text: string } } =>
      v.indicatorId === roleId(m, role) && v.regionId === region.id && typeof v.date === 'object',
  );

describe('storyFacts on the later-years fixture', () => {
  const facts = storyFacts(model, region.id);
  const firsts = dated(model, 'first-count').sort((a, b) => a.date.text.localeCompare(b.date.text));
  const latests = dated(model, 'latest-count');
  const latest = latests.find((v) => v.date.text === (facts.latest || undefined)?.date);

  test('the first count is the earliest of its role; a later value of it is kept apart', () => {
    expect(firsts.length).toBeGreaterThan(1);
    expect(facts.first).toEqual({
      value: firsts[0]?.value,
      sourceId: firsts[0]?.sourceId,
      date: firsts[0]?.date.text,
    });
    expect((facts.firstRepeated || undefined)?.date).toBe(firsts.at(-1)?.date.text);
    expect(facts.year).toBe(parsePartialDate(firsts[0]?.date.text ?? '')?.start.year);
  });

  test('the latest count is the newest of its role, with the total of the same source and date', () => {
    expect(latests.length).toBeGreaterThan(1);
    const newest = [...latests].sort((a, b) => a.date.text.localeCompare(b.date.text)).at(-1);
    expect((facts.latest || undefined)?.date).toBe(newest?.date.text);
    const total = model.indicatorValues.find(
      (v) =>
        v.indicatorId === roleId(model, 'latest-total') &&
        v.sourceId === latest?.sourceId &&
        typeof v.date === 'object' &&
        v.date.text === latest?.date.text,
    );
    expect((facts.latestTotal || undefined)?.value).toBe(total?.value);
  });

  test('the named villages are those the latest count’s source reports without mobile internet', () => {
    const named = model.villages.filter((v) =>
      v.history.some((r) => r.status === 'no-mobile-internet' && r.sourceId === latest?.sourceId),
    );
    expect(facts.latestNamedVillages).toEqual(named.map((v) => v.id));
    expect((facts.latestNamed || undefined)?.value).toBe(named.length);
    expect((facts.latestUnnamed || undefined)?.value).toBe((latest?.value ?? 0) - named.length);
  });

  test('each village’s latest report is a fact, and every source is one', () => {
    for (const v of model.villages)
      expect(facts.village[v.id]?.date).toBe(
        v.latest.date === NOT_REPORTED ? NOT_REPORTED : v.latest.date.text,
      );
    expect(Object.keys(facts.sources).sort()).toEqual(model.sources.map((s) => s.id).sort());
  });
});

describe('"now unknown" follows the data', () => {
  test('a later report on a named village ends it', () => {
    const facts = storyFacts(model, region.id);
    const id = facts.latestNamedVillages[0];
    expect(id).toBeDefined();
    expect(facts.nowUnknown).toBe(true);
    const later = { ...model.villages.find((v) => v.id === id) } as Village;
    const report = {
      ...later.latest,
      id: 'connected-later',
      status: 'connected-fibre' as const,
      date: parsePartialDate('2099') ?? later.latest.date,
    };
    const changed: Model = {
      ...model,
      villages: model.villages.map((v) =>
        v.id === id ? { ...v, history: [...v.history, report], latest: report } : v,
      ),
    };
    const after = storyFacts(changed, region.id);
    expect(after.nowUnknown).toBe(false);
    expect(after.laterReported).toBe(1);
  });

  test('without the role columns there is no first or latest count, and no year from them', () => {
    const bare: Model = {
      ...syntheticModel(),
      indicators: syntheticModel().indicators.map((i) => ({ ...i, role: null })),
    };
    const facts = storyFacts(bare);
    expect(facts.first).toBe(false);
    expect(facts.latest).toBe(false);
    expect(facts.nowUnknown).toBe(false);
  });
});
