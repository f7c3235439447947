import type { Role } from '../../src/assistant/types.ts';
import type { RoleMap } from '../../src/config.ts';

/**
 * Map Slack users to aisle roles from configuration. An entry is a user id (`U…`/`W…`) or a user
 * group id (`S…`), optionally scoped to one workspace as `T123/U456`. Group membership is asked
 * of Slack (`usergroups.users.list`) and cached for a few minutes.
 */

/** One parsed configuration entry. */
interface Entry {
  readonly team: string | undefined;
  readonly id: string;
  readonly kind: 'user' | 'group';
}

/** How the resolver asks Slack for a group's members. */
export type GroupMembersLookup = (groupId: string, teamId: string | undefined) => Promise<readonly string[]>;

/** Options for {@link createRoleResolver}. */
export interface RoleResolverOptions {
  readonly roles: RoleMap;
  readonly groupMembers: GroupMembersLookup;
  /** How long a group's members are trusted (default 5 minutes). */
  readonly ttlMs?: number;
  /** How long a failed lookup is remembered before asking again (default 30 s). */
  readonly failureTtlMs?: number;
  readonly now?: () => number;
  /** Called when Slack could not list a group (the user then does not get that group's role). */
  readonly onLookupError?: (groupId: string, err: unknown) => void;
}

/** Resolves a user's roles. */
export interface RoleResolver {
  /** Roles of `userId` in workspace `teamId`: always 'shopper', plus 'staff' and 'manager' as configured. */
  rolesFor(user: { readonly teamId: string | undefined; readonly userId: string }): Promise<Role[]>;
}

const ID = /^(?:(T[A-Z0-9]+)\/)?([UWS][A-Z0-9]+)$/;

/** Parse configured ids; returns the entries and the ids that are not Slack user or group ids. */
export function parseRoleIds(ids: readonly string[]): { entries: Entry[]; invalid: string[] } {
  const entries: Entry[] = [];
  const invalid: string[] = [];
  for (const raw of ids) {
    const m = ID.exec(raw.trim());
    if (!m?.[2]) {
      invalid.push(raw);
      continue;
    }
    entries.push({ team: m[1], id: m[2], kind: m[2].startsWith('S') ? 'group' : 'user' });
  }
  return { entries, invalid };
}

/** Build a resolver over the configured role map. Managers are also staff. */
export function createRoleResolver(opts: RoleResolverOptions): RoleResolver {
  const ttl = opts.ttlMs ?? 5 * 60_000;
  const failureTtl = opts.failureTtlMs ?? 30_000;
  const now = opts.now ?? Date.now;
  const managers = parseRoleIds(opts.roles.managers).entries;
  const staff = parseRoleIds(opts.roles.staff).entries;
  const cache = new Map<string, { expires: number; members: Promise<ReadonlySet<string>> }>();

  function members(groupId: string, teamId: string | undefined): Promise<ReadonlySet<string>> {
    const key = `${teamId ?? ''}/${groupId}`;
    const hit = cache.get(key);
    if (hit && hit.expires > now()) return hit.members;
    const entry = {
      expires: now() + ttl,
      members: opts.groupMembers(groupId, teamId).then(
        (list) => new Set(list),
        (err: unknown) => {
          entry.expires = now() + failureTtl;
          opts.onLookupError?.(groupId, err);
          return new Set<string>();
        },
      ),
    };
    cache.set(key, entry);
    return entry.members;
  }

  async function matches(
    entries: readonly Entry[],
    teamId: string | undefined,
    userId: string,
  ): Promise<boolean> {
    const scoped = entries.filter((e) => e.team === undefined || e.team === teamId);
    if (scoped.some((e) => e.kind === 'user' && e.id === userId)) return true;
    for (const e of scoped) {
      if (e.kind === 'group' && (await members(e.id, teamId)).has(userId)) return true;
    }
    return false;
  }

  return {
    async rolesFor({ teamId, userId }) {
      if (await matches(managers, teamId, userId)) return ['shopper', 'staff', 'manager'];
      if (await matches(staff, teamId, userId)) return ['shopper', 'staff'];
      return ['shopper'];
    },
  };
}
