import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('has working defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.catalog).toBe(DEFAULT_CATALOG);
    expect(c.server).toMatchObject({ port: 3000, host: '127.0.0.1' });
    expect(c.embedder).toBe('auto');
    expect(c.slack).toBeUndefined();
    expect(c.discord).toBeUndefined();
  });

  it('lists every invalid variable in one readable error', () => {
    let message = '';
    try {
      loadConfig({ PORT: '99999', AISLE_EMBEDDER: 'bert', AISLE_CATALOG_WATCH: 'maybe' });
    } catch (err) {
      expect(err).toMatchObject({ code: 'CONFIG_INVALID' });
      message = (err as Error).message;
    }
    expect(message).toContain('PORT');
    expect(message).toContain('AISLE_EMBEDDER');
    expect(message).toContain('AISLE_CATALOG_WATCH');
  });

  it('refuses a half-configured Slack app and says what is missing', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SOCKET_MODE: '1' })).toThrow(
      /SLACK_APP_TOKEN/,
    );
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(http.slack).toMatchObject({ socketMode: false, signingSecret: 's' });
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(socket.slack?.socketMode).toBe(true);
  });

  it('parses role lists and URLs', () => {
    const c = loadConfig({
      DISCORD_TOKEN: 't',
      AISLE_DISCORD_MANAGERS: '123, 456;T9/789',
      SLACK_BOT_TOKEN: 'x',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    });
    expect(c.discord?.roles.managers).toEqual(['123', '456', 'T9/789']);
    expect(c.slack?.apiUrl).toBe('http://127.0.0.1:9/api/');
    expect(() => loadConfig({ SLACK_API_URL: 'ftp://x' })).toThrow(/SLACK_API_URL/);
  });
});
