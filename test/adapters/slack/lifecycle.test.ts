import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../adapters/slack/app.ts';
import { isAisleError } from '../../../src/errors.ts';
import { FakeAssistant } from '../../fakes/fake-assistant.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../../fakes/slack-api.ts';
import { sendSigned } from '../../fakes/slack-sign.ts';
import { type Harness, mention, SECRET, startHarness } from './harness.ts';

let h: Harness | undefined;
let api: FakeSlackApi | undefined;
afterEach(async () => {
  await h?.close();
  await api?.close();
  h = undefined;
  api = undefined;
});

const slack = (apiUrl: string) => ({
  botToken: 'xoxb-revoked',
  signingSecret: 'secret',
  appToken: undefined,
  socketMode: false,
  apiUrl,
  roles: { staff: [], managers: [] },
});

describe('Slack adapter lifecycle', () => {
  it('fails to start with a readable ADAPTER_FAILED error when Slack rejects the token', async () => {
    api = await startFakeSlackApi();
    api.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const adapter = createSlackAdapter({
      assistant: new FakeAssistant(),
      slack: slack(api.apiUrl),
      logger: pino({ level: 'silent' }),
    });
    const err = await adapter.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAisleError(err) && err.code).toBe('ADAPTER_FAILED');
    expect(isAisleError(err) && err.userMessage()).toMatch(/SLACK_BOT_TOKEN/);
    expect(adapter.isReady()).toBe(false);
  });

  it('refuses Slack requests until started (503) and leaves other paths to the host (404)', async () => {
    api = await startFakeSlackApi();
    const adapter = createSlackAdapter({
      assistant: new FakeAssistant(),
      slack: slack(api.apiUrl),
      logger: pino({ level: 'silent' }),
    });
    const listener = adapter.requestListener;
    expect(listener).toBeDefined();
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => listener?.(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(503);
    await adapter.start();
    expect(adapter.isReady()).toBe(true);
    expect((await fetch(`${base}/elsewhere`, { method: 'POST', body: '{}' })).status).toBe(404);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await adapter.stop();
    expect(adapter.isReady()).toBe(false);
  });

  it('survives a malformed Slack payload: no reply, nothing leaked, and the next message works', async () => {
    h = await startHarness();
    // A button press without a user: bolt itself cannot route it and answers 500.
    const payload = {
      type: 'block_actions',
      team: { id: 'T0001', domain: 'test' },
      channel: { id: 'C0SHOP', name: 'shopping' },
      container: { type: 'message', is_ephemeral: false },
      response_url: h.api.responseUrl('broken'),
      actions: [{ type: 'button', action_id: 'aisle:more:0', value: '{"t":"m","p":"p1"}', block_id: 'b' }],
    };
    const form = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await sendSigned(h.url, SECRET, {
      body: form,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    await h.adapter.idle();
    expect(h.assistant.received).toEqual([]);
    expect(h.api.outgoing()).toEqual([]);
    expect(h.logs.join('\n')).not.toContain('xoxb-test-token');
    await h.event(mention('headphones'));
    expect(JSON.stringify((await h.api.nextCall('chat.postMessage')).body.blocks)).toContain(
      'More like this',
    );
  });
});
