/**
 * Configured role mapping → aisle roles. Entries are Discord user ids or role ids, optionally
 * scoped to one server as `GUILDID/ID`. Pure.
 */
import type { Role } from '../../src/assistant/types.ts';
import type { RoleMap } from '../../src/config.ts';

/** Who is asking: the user, the server (absent in DMs) and the member's Discord role ids. */
export interface DiscordIdentity {
  readonly userId: string;
  readonly guildId?: string | undefined;
  readonly memberRoleIds: readonly string[];
}

/** aisle roles for a Discord user: always `shopper`, plus `staff`/`manager` when configured. */
export function resolveRoles(map: RoleMap, who: DiscordIdentity): Role[] {
  const roles: Role[] = ['shopper'];
  if (matchesAny(map.staff, who)) roles.push('staff');
  if (matchesAny(map.managers, who)) roles.push('manager');
  return roles;
}

function matchesAny(entries: readonly string[], who: DiscordIdentity): boolean {
  return entries.some((entry) => matches(entry, who));
}

function matches(entry: string, who: DiscordIdentity): boolean {
  const slash = entry.indexOf('/');
  const scope = slash === -1 ? undefined : entry.slice(0, slash);
  const id = slash === -1 ? entry : entry.slice(slash + 1);
  if (id === '') return false;
  if (scope !== undefined && scope !== who.guildId) return false;
  if (id === who.userId) return true;
  // Role ids only mean something inside a server.
  return who.guildId !== undefined && who.memberRoleIds.includes(id);
}
