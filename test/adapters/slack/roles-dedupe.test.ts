import { describe, expect, it } from 'vitest';
import { createDedupe } from '../../../adapters/slack/dedupe.ts';
import { createRoleResolver, parseRoleIds } from '../../../adapters/slack/roles.ts';

describe('createDedupe', () => {
  it('reports a repeat within the TTL and forgets it afterwards', () => {
    let now = 0;
    const d = createDedupe({ ttlMs: 1_000, now: () => now });
    expect(d.firstSeen('Ev1')).toBe(true);
    expect(d.firstSeen('Ev1')).toBe(false);
    now = 999;
    expect(d.firstSeen('Ev1')).toBe(false);
    now = 1_001;
    expect(d.firstSeen('Ev1')).toBe(true);
  });

  it('stays bounded, forgetting the oldest ids first', () => {
    const d = createDedupe({ max: 3, ttlMs: 60_000, now: () => 0 });
    for (const id of ['a', 'b', 'c', 'd']) expect(d.firstSeen(id)).toBe(true);
    expect(d.size()).toBe(3);
    expect(d.firstSeen('d')).toBe(false);
    expect(d.firstSeen('a')).toBe(true);
  });
});

describe('createRoleResolver', () => {
  it('rejects ids that are not Slack user or group ids', () => {
    expect(parseRoleIds(['U123', 'T1/S9', 'W77', 'C123', 'bob', 'T1/']).invalid).toEqual([
      'C123',
      'bob',
      'T1/',
    ]);
  });

  it('grants roles to configured users and group members, scoped to a workspace when asked', async () => {
    const asked: string[] = [];
    const resolver = createRoleResolver({
      roles: { staff: ['USTAFF', 'SSUPPORT'], managers: ['T1/UBOSS', 'SMGRS'] },
      groupMembers: async (group, team) => {
        asked.push(`${team}/${group}`);
        return group === 'SSUPPORT' ? ['UAGENT'] : group === 'SMGRS' ? ['UCM'] : [];
      },
    });
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'UBOSS' })).toEqual([
      'shopper',
      'staff',
      'manager',
    ]);
    expect(await resolver.rolesFor({ teamId: 'T2', userId: 'UBOSS' })).toEqual(['shopper']);
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'UCM' })).toEqual(['shopper', 'staff', 'manager']);
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'UAGENT' })).toEqual(['shopper', 'staff']);
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'USTAFF' })).toEqual(['shopper', 'staff']);
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'UNOBODY' })).toEqual(['shopper']);
    // Each group was asked about once for T1 (cached), once more for T2.
    expect(asked.filter((a) => a === 'T1/SMGRS')).toHaveLength(1);
    expect(asked.filter((a) => a === 'T1/SSUPPORT')).toHaveLength(1);
  });

  it('caches membership for the TTL, then asks again', async () => {
    let now = 0;
    let members = ['U1'];
    let calls = 0;
    const resolver = createRoleResolver({
      roles: { staff: [], managers: ['S1'] },
      ttlMs: 1_000,
      now: () => now,
      groupMembers: async () => {
        calls += 1;
        return members;
      },
    });
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'U1' })).toContain('manager');
    members = [];
    now = 500;
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'U1' })).toContain('manager');
    now = 1_500;
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'U1' })).toEqual(['shopper']);
    expect(calls).toBe(2);
  });

  it('fails closed when Slack cannot list a group, and retries after a short while', async () => {
    let now = 0;
    let fail = true;
    const errors: string[] = [];
    const resolver = createRoleResolver({
      roles: { staff: [], managers: ['S1'] },
      failureTtlMs: 100,
      now: () => now,
      onLookupError: (g) => errors.push(g),
      groupMembers: async () => {
        if (fail) throw new Error('missing_scope');
        return ['U1'];
      },
    });
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'U1' })).toEqual(['shopper']);
    expect(errors).toEqual(['S1']);
    fail = false;
    now = 50;
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'U1' })).toEqual(['shopper']);
    now = 200;
    expect(await resolver.rolesFor({ teamId: 'T1', userId: 'U1' })).toContain('manager');
  });
});
