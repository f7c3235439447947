import { describe, expect, it } from 'vitest';
import { parsePromoCommand } from '../../src/assistant/promo-commands.ts';
import { checkDraft, type Promo, promoBoosts, promoStatus } from '../../src/assistant/promos.ts';
import { makeProduct } from '../fakes/products.ts';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('parsePromoCommand', () => {
  it('reads a full create command', () => {
    expect(
      parsePromoCommand(
        'promo create "Summer audio" query:"bluetooth speaker" boost:3 ends:2026-12-31 code:SUMMER10 text:"Sun’s out — speakers on sale"',
      ),
    ).toEqual({
      kind: 'create',
      draft: {
        label: 'Summer audio',
        query: 'bluetooth speaker',
        boost: 3,
        endsAt: '2026-12-31',
        discountCode: 'SUMMER10',
        announcement: 'Sun’s out — speakers on sale',
      },
    });
  });

  it('reads product ids, curly quotes and a bare label', () => {
    expect(parsePromoCommand('promo create “Headphone week” ids:hp-0001,hp-0002 starts:2026-07-01')).toEqual({
      kind: 'create',
      draft: { label: 'Headphone week', productIds: ['hp-0001', 'hp-0002'], startsAt: '2026-07-01' },
    });
    expect(parsePromoCommand('promo create Flash sale ids:x')).toMatchObject({
      draft: { label: 'Flash sale' },
    });
  });

  it.each([
    ['promo list', { kind: 'list' }],
    ['promos', { kind: 'list' }],
    ['promo end promo-1a2b', { kind: 'end', id: 'promo-1a2b' }],
    ['promo announce promo-1a2b', { kind: 'announce', id: 'promo-1a2b' }],
  ])('%j', (text, expected) => {
    expect(parsePromoCommand(text)).toEqual(expected);
  });

  it('explains what is wrong', () => {
    expect(parsePromoCommand('promo end')).toMatchObject({
      kind: 'invalid',
      problem: expect.stringContaining('promo end <id>'),
    });
    expect(parsePromoCommand('promo create "X" colour:red')).toMatchObject({
      kind: 'invalid',
      problem: expect.stringContaining('colour'),
    });
    expect(parsePromoCommand('promo boost')).toMatchObject({ kind: 'invalid' });
  });
});

describe('checkDraft', () => {
  it('fills defaults: boost 2, now, seven days', () => {
    const check = checkDraft({ label: 'X', productIds: ['a'] }, NOW);
    expect(check).toEqual({
      ok: true,
      value: {
        label: 'X',
        productIds: ['a'],
        boost: 2,
        startsAt: '2026-06-01T12:00:00.000Z',
        endsAt: '2026-06-08T12:00:00.000Z',
      },
    });
  });

  it('reads a date-only end as the end of that day (UTC)', () => {
    const check = checkDraft({ label: 'X', query: 'speaker', endsAt: '2026-12-31' }, NOW);
    expect(check.ok && check.value.endsAt).toBe('2026-12-31T23:59:59.999Z');
  });

  it('lists every problem', () => {
    const check = checkDraft({ label: '', boost: 9, endsAt: '2020-01-01', discountCode: 'no spaces!' }, NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems).toEqual([
        expect.stringContaining('label'),
        expect.stringContaining('which products'),
        expect.stringContaining('boost'),
        expect.stringContaining('after the start'),
        expect.stringContaining('future'),
        expect.stringContaining('discount code'),
      ]);
    }
  });
});

describe('promo boosts', () => {
  const promo = (over: Partial<Promo>): Promo => ({
    id: 'p1',
    label: 'Summer audio',
    productIds: ['a'],
    boost: 3,
    startsAt: '2026-05-01T00:00:00Z',
    endsAt: '2026-07-01T00:00:00Z',
    createdBy: 'm',
    createdAt: '2026-05-01T00:00:00Z',
    ...over,
  });

  it('boosts and labels products of live promos only', () => {
    const a = makeProduct({ id: 'a', title: 'A' });
    const b = makeProduct({ id: 'b', title: 'B' });
    const boosts = promoBoosts([promo({})], NOW);
    expect(boosts?.adjust(a)).toBeGreaterThan(0);
    expect(boosts?.adjust(b)).toBe(0);
    expect(boosts?.labelOf('a')).toBe('Summer audio');
    expect(promoBoosts([promo({ endedAt: '2026-05-20T00:00:00Z' })], NOW)).toBeUndefined();
    expect(promoBoosts([promo({ startsAt: '2026-06-10T00:00:00Z' })], NOW)).toBeUndefined();
  });

  it('knows scheduled, live and ended', () => {
    expect(promoStatus(promo({ startsAt: '2026-06-10T00:00:00Z' }), NOW)).toBe('scheduled');
    expect(promoStatus(promo({}), NOW)).toBe('live');
    expect(promoStatus(promo({ endsAt: '2026-05-31T00:00:00Z' }), NOW)).toBe('ended');
  });
});
