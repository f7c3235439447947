/**
 * `aisle discord register [--guild ID]`: register aisle's slash commands (/shop, /suggest,
 * /promo) with Discord, in one server (available at once) or globally.
 */
import type { Command } from 'commander';
import { AisleError } from '../../src/errors.ts';
import type { CliContext } from './context.ts';

const SNOWFLAKE = /^\d{15,21}$/;

/** Register `aisle discord …`. */
export function registerDiscord(program: Command, ctx: CliContext): void {
  const discord = program.command('discord').description('Discord bot tasks');
  discord
    .command('register')
    .description('register the slash commands /shop, /suggest and /promo')
    .option(
      '--guild <id>',
      'one server only (available at once); default: every server (can take up to an hour)',
    )
    .action(async (o: { guild?: string }) => {
      const config = ctx.config();
      if (!config.discord) {
        throw new AisleError({
          code: 'CONFIG_INVALID',
          message: 'DISCORD_TOKEN is not set.',
          hint: 'Set DISCORD_TOKEN (and DISCORD_APPLICATION_ID) in the environment or a .env file. See docs/discord.md.',
        });
      }
      const guildId = o.guild?.trim();
      if (guildId !== undefined && !SNOWFLAKE.test(guildId)) {
        throw new AisleError({
          code: 'BAD_REQUEST',
          message: `--guild must be a server id (a long number), got "${guildId.slice(0, 40)}".`,
          hint: 'In Discord, turn on Developer Mode, right-click the server and choose "Copy Server ID".',
        });
      }
      const { registerCommands } = await import('../discord/commands.ts');
      const { scope, count } = await registerCommands({
        discord: config.discord,
        ...(guildId ? { guildId } : {}),
        logger: ctx.logger(config),
      });
      ctx.out(
        scope === 'guild'
          ? `Registered ${count} slash commands in server ${guildId} (scope: guild); they are available now.`
          : `Registered ${count} slash commands globally (scope: global); Discord may take up to an hour to show them.`,
      );
    });
}
