// The web chat: sends what the shopper writes or presses to POST /api/chat and renders the
// Reply. One session id per browser tab keeps the conversation (budgets, "the second one").
import { renderErrorTurn, renderReply, renderUserTurn } from './render.js';

const conversation = /** @type {HTMLElement} */ (document.getElementById('conversation'));
const form = /** @type {HTMLFormElement} */ (document.getElementById('composer'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('message'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));

const SESSION_KEY = 'aisle.session';

/** A random session id (letters and digits; works without a secure context). */
function sessionId() {
  let id = sessionStorage.getItem(SESSION_KEY);
  if (!id || !/^[A-Za-z0-9_-]{1,128}$/.test(id)) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    sessionStorage.setItem(SESSION_KEY, id);
  }
  return id;
}

let busy = false;

/** @param {boolean} value */
function setBusy(value) {
  busy = value;
  document.body.dataset.busy = value ? 'true' : 'false';
  conversation.setAttribute('aria-busy', value ? 'true' : 'false');
  status.textContent = value ? 'aisle is looking…' : '';
}

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/** @param {HTMLElement} turn */
function append(turn) {
  conversation.append(turn);
  turn.scrollIntoView({ block: 'nearest', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
}

/**
 * A readable message for a failed request.
 * @param {Response} res
 */
async function errorMessage(res) {
  let message = '';
  try {
    const body = await res.json();
    message = typeof body?.error?.message === 'string' ? body.error.message : '';
  } catch {
    // not JSON: fall through to the generic message
  }
  if (res.status === 429) {
    const wait = res.headers.get('retry-after');
    return message || `That was a lot of messages at once; try again in ${wait ?? 'a few'} s.`;
  }
  return message || `Something went wrong (HTTP ${res.status}). Please try again.`;
}

/**
 * Send text or an action; show `echo` as the shopper's turn and then the reply.
 * @param {{text?: string, action?: object}} payload
 * @param {string} echo
 */
async function send(payload, echo) {
  if (busy) {
    status.textContent = 'Still answering the last message…';
    return;
  }
  setBusy(true);
  append(renderUserTurn(echo));
  try {
    const res = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: sessionId(), text: payload.text ?? '', ...payload }),
    });
    if (!res.ok) append(renderErrorTurn(await errorMessage(res)));
    else append(renderReply(await res.json(), { send }));
  } catch {
    append(renderErrorTurn('Could not reach aisle. Check your connection and try again.'));
  } finally {
    setBusy(false);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text || busy) return;
  input.value = '';
  void send({ text }, text);
});

for (const example of document.querySelectorAll('[data-example]')) {
  example.addEventListener('click', () => {
    const text = example.getAttribute('data-example') ?? '';
    if (text) void send({ text }, text);
  });
}

setBusy(false);
input.focus();
