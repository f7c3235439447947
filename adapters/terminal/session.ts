/**
 * `aisle chat`: an interactive chat on a terminal (readline), or, when stdin is piped, one
 * message per line with one reply per line (JSON with `--json`). The terminal user is a trusted
 * local operator: `--user` and `--role` say who is talking. Messages are direct (never private
 * to a channel), so replies are not ephemeral.
 */
import { createInterface } from 'node:readline';
import type { AssistantPort, IncomingMessage, Reply, Role } from '../../src/assistant/types.ts';
import { parseTerminalLine, SHORTCUTS } from './commands.ts';
import { chatJson } from './json.ts';
import { renderReply } from './render.ts';

/** Roles a terminal role name grants. */
export function rolesFor(role: Role): Role[] {
  if (role === 'manager') return ['shopper', 'staff', 'manager'];
  if (role === 'staff') return ['shopper', 'staff'];
  return ['shopper'];
}

/** Options for one chat session. */
export interface ChatSessionOptions {
  readonly assistant: AssistantPort;
  readonly input: NodeJS.ReadableStream;
  /** Writes one chunk of output (a reply, a prompt). */
  readonly write: (text: string) => void;
  readonly userId: string;
  readonly role: Role;
  /** Print one JSON object per reply. */
  readonly json: boolean;
  /** A person is typing: show a prompt and a greeting. */
  readonly interactive: boolean;
  /** ANSI colour in plain output. */
  readonly color: boolean;
  /** The terminal, for line editing when interactive. */
  readonly terminal?: NodeJS.WritableStream;
}

const QUIT = /^\/?(?:quit|exit|bye)$/i;

/** Run the session until the input ends (or /quit). Resolves with the number of messages handled. */
export async function runChatSession(opts: ChatSessionOptions): Promise<number> {
  const editing = opts.interactive && opts.terminal !== undefined;
  const rl = createInterface({
    input: opts.input,
    crlfDelay: Number.POSITIVE_INFINITY,
    ...(editing && opts.terminal ? { output: opts.terminal, terminal: true } : { terminal: false }),
  });
  const roles = rolesFor(opts.role);
  const prompt = () => {
    if (opts.interactive && !opts.json) opts.write('\n› ');
  };
  if (opts.interactive && !opts.json) {
    opts.write(
      `aisle chat as ${opts.userId} (${opts.role}). Ask for a product, "help" for more, ${SHORTCUTS}.`,
    );
    prompt();
  }
  let last: Reply | undefined;
  let handled = 0;
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '') {
      prompt();
      continue;
    }
    if (QUIT.test(line)) break;
    const input = parseTerminalLine(line, last);
    if (input.kind === 'problem') {
      opts.write(
        opts.json ? `${JSON.stringify({ kind: 'error', text: input.message })}\n` : `${input.message}\n`,
      );
      prompt();
      continue;
    }
    const message: IncomingMessage = {
      platform: 'terminal',
      channelId: 'terminal',
      userId: opts.userId,
      roles,
      text: input.kind === 'text' ? input.text : '',
      direct: true,
      ...(input.kind === 'action' ? { action: input.action } : {}),
    };
    const reply = await opts.assistant.handle(message);
    handled += 1;
    if (reply.cards.length > 0 || reply.chips.length > 0) last = reply;
    opts.write(
      opts.json ? `${JSON.stringify(chatJson(reply))}\n` : `${renderReply(reply, { color: opts.color })}\n`,
    );
    prompt();
  }
  rl.close();
  return handled;
}
