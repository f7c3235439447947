import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnds, parseProductIds, registerCommands } from '../../../adapters/discord/commands.ts';
import type { Config } from '../../../src/config.ts';
import { isAisleError } from '../../../src/errors.ts';
import { FakeDiscord, REVOKED_TOKEN } from '../../fakes/discord-api.ts';

let fake: FakeDiscord;
let discord: NonNullable<Config['discord']>;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  fake = await FakeDiscord.start();
  discord = {
    token: 'fake-bot-token',
    applicationId: fake.ids.app,
    apiUrl: fake.apiUrl,
    roles: { staff: [], managers: [] },
    promoRoleId: undefined,
  };
});
afterAll(async () => {
  await fake?.close();
});

interface CommandJson {
  name: string;
  description: string;
  contexts?: number[];
  options?: {
    name: string;
    type: number;
    required?: boolean;
    min_value?: number;
    max_value?: number;
    options?: CommandJson['options'];
  }[];
}

describe('registerCommands', () => {
  it('registers /shop, /suggest and /promo in one server', async () => {
    const result = await registerCommands({ discord, guildId: fake.ids.guild, logger });
    expect(result).toEqual({ scope: 'guild', count: 3 });
    const call = await fake.nextCall(
      'PUT',
      `/applications/${fake.ids.app}/guilds/${fake.ids.guild}/commands`,
    );
    const commands = call.body as CommandJson[];
    expect(commands.map((c) => c.name)).toEqual(['shop', 'suggest', 'promo']);

    const shop = commands[0];
    expect(shop?.options).toEqual([expect.objectContaining({ name: 'request', type: 3, required: true })]);
    expect(shop?.contexts).toEqual([0, 1]);

    const promo = commands[2];
    expect(promo?.options?.map((o) => [o.name, o.type])).toEqual([
      ['create', 1],
      ['list', 1],
      ['end', 1],
      ['announce', 1],
    ]);
    const create = promo?.options?.[0]?.options ?? [];
    expect(create.map((o) => o.name)).toEqual([
      'label',
      'query',
      'products',
      'boost',
      'ends',
      'code',
      'announcement',
    ]);
    expect(create.find((o) => o.name === 'boost')).toMatchObject({ type: 4, min_value: 1, max_value: 5 });
    for (const c of commands) {
      expect(c.name).toMatch(/^[a-z]{1,32}$/);
      expect(c.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('registers globally without a server id, finding the application id when not configured', async () => {
    const result = await registerCommands({ discord: { ...discord, applicationId: undefined }, logger });
    expect(result).toEqual({ scope: 'global', count: 3 });
    await fake.nextCall('GET', '/applications/@me');
    const call = await fake.nextCall('PUT', `/applications/${fake.ids.app}/commands`);
    expect((call.body as CommandJson[]).length).toBe(3);
  });

  it('explains a rejected token', async () => {
    const error = await registerCommands({ discord: { ...discord, token: REVOKED_TOKEN }, logger }).catch(
      (err: unknown) => err,
    );
    expect(isAisleError(error) && error.code).toBe('ADAPTER_FAILED');
    expect(isAisleError(error) && error.hint).toContain('DISCORD_TOKEN');
  });
});

describe('promo option parsing', () => {
  const now = new Date('2025-06-01T12:00:00.000Z');

  it('reads durations and ISO dates for "ends"', () => {
    expect(parseEnds('7d', now)).toBe('2025-06-08T12:00:00.000Z');
    expect(parseEnds('12h', now)).toBe('2025-06-02T00:00:00.000Z');
    expect(parseEnds(' 2W ', now)).toBe('2025-06-15T12:00:00.000Z');
    expect(parseEnds('2025-08-31', now)).toBe('2025-08-31T00:00:00.000Z');
    expect(parseEnds('2025-08-31T18:00:00Z', now)).toBe('2025-08-31T18:00:00.000Z');
  });

  it('rejects anything else', () => {
    for (const bad of ['next tuesday', '0d', '7', 'd7', '2025-13-45', '', '7 years']) {
      expect(parseEnds(bad, now), bad).toBeUndefined();
    }
  });

  it('splits product id lists', () => {
    expect(parseProductIds(' sku-1, sku-2;sku-3  sku-1 ')).toEqual(['sku-1', 'sku-2', 'sku-3']);
    expect(parseProductIds('')).toEqual([]);
  });
});
