import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/app.ts';
import { FakeAssistant } from '../../fakes/fake-assistant.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../../fakes/slack-api.ts';
import { CHANNEL, mention, SHOPPER } from './harness.ts';
import { payloadProblems } from './payload-check.ts';

let api: FakeSlackApi | undefined;
let adapter: SlackAdapter | undefined;
afterEach(async () => {
  await adapter?.stop();
  await api?.close();
});

describe('Slack over Socket Mode', () => {
  it('connects with the app token, handles events and commands, and acks each envelope', async () => {
    api = await startFakeSlackApi();
    api.enableSocketMode();
    const assistant = new FakeAssistant();
    adapter = createSlackAdapter({
      assistant,
      slack: {
        botToken: 'xoxb-socket',
        signingSecret: undefined,
        appToken: 'xapp-socket',
        socketMode: true,
        apiUrl: api.apiUrl,
        roles: { staff: [], managers: [] },
      },
      logger: pino({ level: 'silent' }),
    });
    expect(adapter.requestListener).toBeUndefined();
    expect(adapter.isReady()).toBe(false);
    await adapter.start();
    expect(adapter.isReady()).toBe(true);
    expect((await api.nextCall('apps.connections.open')).token).toBe('xapp-socket');

    const event = mention('headphones', { ts: '1700000800.000800' });
    const envelope = {
      team_id: 'T0001',
      api_app_id: 'A0001',
      type: 'event_callback',
      event_id: 'EvSocket1',
      event_time: 1,
      authorizations: [{ team_id: 'T0001', user_id: 'UBOT0001', is_bot: true }],
      event,
    };
    await api.deliverOverSocket('events_api', envelope);
    const post = await api.nextCall('chat.postMessage');
    expect(post.token).toBe('xoxb-socket');
    expect(post.body).toMatchObject({ channel: CHANNEL, thread_ts: '1700000800.000800' });
    expect(payloadProblems(post.body)).toEqual([]);

    // The same event again (a redelivery) is acked but not answered twice.
    await api.deliverOverSocket('events_api', envelope);
    await adapter.idle();
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);

    await api.deliverOverSocket('slash_commands', {
      command: '/aisle',
      text: 'bluetooth speaker',
      user_id: SHOPPER,
      channel_id: CHANNEL,
      team_id: 'T0001',
      response_url: api.responseUrl('socket-cmd'),
      trigger_id: 't1',
      api_app_id: 'A0001',
    });
    const response = await api.nextCall('response_url');
    expect(response.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(response.body.blocks)).toContain('JBL Flip 6');
    expect(assistant.received.map((m) => m.text)).toEqual(['headphones', 'bluetooth speaker']);

    await adapter.stop();
    expect(adapter.isReady()).toBe(false);
  });
});
