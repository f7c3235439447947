import { afterEach, describe, expect, it } from 'vitest';
import { eventEnvelope, sendSigned } from '../../fakes/slack-sign.ts';
import {
  CHANNEL,
  DM,
  directMessage,
  type Harness,
  mention,
  SECRET,
  SHOPPER,
  startHarness,
} from './harness.ts';
import { payloadProblems } from './payload-check.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('Slack events over HTTP', () => {
  it('answers a mention in its thread with blocks and a text fallback', async () => {
    h = await startHarness();
    const res = await h.event(mention('wireless headphones under $60', { ts: '1700000100.000100' }));
    expect(res.status).toBe(200);

    const post = await h.api.nextCall('chat.postMessage');
    expect(post.token).toBe('xoxb-test-token');
    expect(post.body).toMatchObject({ channel: CHANNEL, thread_ts: '1700000100.000100' });
    expect(String(post.body.text)).toContain('Sony WH-CH520 Wireless Headphones');
    expect(JSON.stringify(post.body.blocks)).toContain(
      '<https://shop.example.com/products/p-sony-wh|Sony WH-CH520',
    );
    expect(payloadProblems(post.body)).toEqual([]);

    const [seen] = h.assistant.received;
    expect(seen).toEqual({
      platform: 'slack',
      workspaceId: 'T0001',
      channelId: CHANNEL,
      threadId: '1700000100.000100',
      userId: SHOPPER,
      roles: ['shopper'],
      text: 'wireless headphones under $60',
      direct: false,
      inPublic: true,
    });
  });

  it('keeps a conversation in an existing thread', async () => {
    h = await startHarness();
    await h.event(mention('cheaper ones', { ts: '1700000200.000200', thread_ts: '1700000100.000100' }));
    expect(h.assistant.received[0]?.threadId).toBe('1700000100.000100');
    expect((await h.api.nextCall('chat.postMessage')).body.thread_ts).toBe('1700000100.000100');
  });

  it('answers a direct message in the DM, marked direct', async () => {
    h = await startHarness();
    await h.event(directMessage('a bluetooth speaker'));
    const post = await h.api.nextCall('chat.postMessage');
    expect(post.body.channel).toBe(DM);
    expect(post.body.thread_ts).toBeUndefined();
    expect(h.assistant.received[0]).toMatchObject({
      direct: true,
      channelId: DM,
      text: 'a bluetooth speaker',
    });
    expect(JSON.stringify(post.body.blocks)).toContain('JBL Flip 6');
  });

  it('ignores bot messages, edits, deletes and its own messages', async () => {
    h = await startHarness();
    await h.event(directMessage('from a bot', { extra: { bot_id: 'B999' } }));
    await h.event(directMessage('edited', { extra: { subtype: 'message_changed' } }));
    await h.event(directMessage('deleted', { extra: { subtype: 'message_deleted' } }));
    await h.event(directMessage('me', { user: 'UBOT0001' }));
    await h.event({ ...mention('edited mention'), edited: { user: SHOPPER, ts: '1' } });
    await h.event(directMessage('a real one'));
    expect(h.assistant.received.map((m) => m.text)).toEqual(['a real one']);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('shows "Looking…" while the assistant is slow, then updates that message', async () => {
    h = await startHarness({ placeholderAfterMs: 0 });
    const gate = h.assistant.holdNext();
    const sent = h.event(mention('headphones', { ts: '1700000300.000300' }));
    await gate.reached;
    const placeholder = await h.api.nextCall('chat.postMessage');
    expect(placeholder.body).toMatchObject({ text: 'Looking…', thread_ts: '1700000300.000300' });
    gate.release();
    const update = await h.api.nextCall('chat.update');
    expect(update.body.ts).toMatch(/^\d+\.\d+$/);
    expect(JSON.stringify(update.body.blocks)).toContain('More like this');
    expect(payloadProblems(update.body)).toEqual([]);
    expect((await sent).status).toBe(200);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('rejects a bad signature or a stale timestamp with 401 and never replies', async () => {
    h = await startHarness();
    const envelope = eventEnvelope(mention('headphones'), { eventId: 'EvBad1' });
    expect((await sendSigned(h.url, 'wrong-secret', envelope)).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await sendSigned(h.url, SECRET, envelope, { timestamp: stale })).status).toBe(401);
    await h.adapter.idle();
    expect(h.assistant.received).toEqual([]);
    expect(h.api.outgoing()).toEqual([]);
  });

  it('answers once when Slack delivers the same event three times (retries 1 and 2)', async () => {
    h = await startHarness();
    const event = mention('headphones');
    const results = [
      await h.event(event, { eventId: 'EvSame' }),
      await h.event(event, { eventId: 'EvSame', retryNum: 1 }),
      await h.event(event, { eventId: 'EvSame', retryNum: 2 }),
    ];
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(h.assistant.received).toHaveLength(1);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('apologises in the thread when the assistant throws, logs ids only, and keeps working', async () => {
    h = await startHarness();
    h.assistant.failNext(new Error('secret user text: my card number is 4111'));
    await h.event(mention('my card number is 4111', { ts: '1700000400.000400' }), { eventId: 'EvBoom' });
    const apology = await h.api.nextCall('chat.postMessage');
    expect(apology.body).toMatchObject({ thread_ts: '1700000400.000400' });
    expect(String(apology.body.text)).toMatch(/^Sorry/);

    const failure = h.logs.find((l) => l.includes('ADAPTER_FAILED'));
    expect(failure).toBeDefined();
    expect(JSON.parse(failure ?? '{}')).toMatchObject({
      code: 'ADAPTER_FAILED',
      eventId: 'EvBoom',
      userId: SHOPPER,
    });
    expect(h.logs.join('\n')).not.toContain('4111');
    expect(h.logs.join('\n')).not.toContain('xoxb-test-token');

    await h.event(mention('headphones'));
    const next = await h.api.nextCall('chat.postMessage');
    expect(JSON.stringify(next.body.blocks)).toContain('More like this');
  });

  it('publishes an App Home view explaining how to ask', async () => {
    h = await startHarness();
    await h.event({ type: 'app_home_opened', user: SHOPPER, channel: 'D0HOME', tab: 'home', event_ts: '1' });
    const view = await h.api.nextCall('views.publish');
    expect(view.body.user_id).toBe(SHOPPER);
    expect(JSON.stringify(view.body.view)).toContain('/aisle');
    expect(JSON.stringify(view.body.view)).not.toContain('Live promos');
    expect(h.assistant.received).toEqual([]);
    expect(payloadProblems(view.body)).toEqual([]);
  });

  it('lists live promos in App Home for a manager found through a user group', async () => {
    h = await startHarness({
      roles: { staff: [], managers: ['T0001/SMANAGERS'] },
      groups: { SMANAGERS: ['UCM'] },
    });
    await h.event({ type: 'app_home_opened', user: 'UCM', channel: 'D0HOME', tab: 'home', event_ts: '1' });
    const view = await h.api.nextCall('views.publish');
    expect(JSON.stringify(view.body.view)).toContain('Summer audio sale');
    expect(h.assistant.received[0]).toMatchObject({
      action: { type: 'promo_list' },
      roles: ['shopper', 'staff', 'manager'],
    });
    expect((await h.api.nextCall('usergroups.users.list')).body.usergroup).toBe('SMANAGERS');
  });
});
