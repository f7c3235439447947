/**
 * An independent checker for what the bot sends Discord: message limits, mention policy and
 * markdown escaping. Returns a list of problems (empty = fine).
 */

interface Embed {
  title?: string;
  description?: string;
  url?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
  thumbnail?: { url: string };
  image?: { url: string };
}

interface Button {
  type: number;
  style?: number;
  label?: string;
  custom_id?: string;
  url?: string;
  emoji?: unknown;
}

interface Body {
  content?: string;
  embeds?: Embed[];
  components?: { type: number; components: Button[] }[];
  allowed_mentions?: { parse?: unknown[]; roles?: string[]; users?: string[]; replied_user?: boolean };
}

/** Options: which role, if any, this message may ping. */
export interface CheckOptions {
  readonly allowRole?: string | undefined;
}

/** The message part of a REST body: the body itself, or `data` of an interaction callback. */
export function messageBody(body: unknown): Body | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as Record<string, unknown>;
  const inner = 'type' in b && 'data' in b ? (b.data as Record<string, unknown> | undefined) : b;
  if (!inner || !('content' in inner || 'embeds' in inner || 'components' in inner)) return undefined;
  return inner as Body;
}

/** Every problem with one message payload. */
export function checkPayload(body: Body, opts: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const p = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const am = body.allowed_mentions;
  p(am !== undefined, 'allowed_mentions missing');
  p(Array.isArray(am?.parse) && am.parse.length === 0, 'allowed_mentions.parse not empty');
  p(!am?.users || am.users.length === 0, 'allowed_mentions.users not empty');
  p(am?.replied_user !== true, 'replied_user is true');
  const roles = am?.roles ?? [];
  p(
    roles.length === 0 || (roles.length === 1 && roles[0] === opts.allowRole),
    `unexpected roles ${roles.join()}`,
  );

  const content = body.content ?? '';
  p(content.length <= 2000, `content ${content.length} > 2000`);
  checkMarkdown(stripAllowedPing(content, opts.allowRole), 'content', problems);

  const embeds = body.embeds ?? [];
  p(embeds.length <= 10, `${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embed ${i}`;
    const title = e.title ?? '';
    const desc = e.description ?? '';
    p(title.length <= 256, `${at} title ${title.length}`);
    p(desc.length <= 4096, `${at} description ${desc.length}`);
    p((e.fields ?? []).length <= 25, `${at} has ${(e.fields ?? []).length} fields`);
    p((e.footer?.text.length ?? 0) <= 2048, `${at} footer too long`);
    p((e.author?.name.length ?? 0) <= 256, `${at} author too long`);
    total += title.length + desc.length + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    checkMarkdown(title, `${at} title`, problems);
    checkMarkdown(desc, `${at} description`, problems);
    for (const f of e.fields ?? []) {
      p(f.name.length > 0 && f.name.length <= 256, `${at} field name ${f.name.length}`);
      p(f.value.length > 0 && f.value.length <= 1024, `${at} field value ${f.value.length}`);
      total += f.name.length + f.value.length;
      checkMarkdown(f.name, `${at} field name`, problems);
      checkMarkdown(f.value, `${at} field value`, problems);
    }
    for (const url of [e.url, e.thumbnail?.url, e.image?.url]) {
      if (url !== undefined) p(isHttpUrl(url, 2048), `${at} bad url ${url.slice(0, 60)}`);
    }
  });
  p(total <= 6000, `embeds total ${total} > 6000`);

  const rows = body.components ?? [];
  p(rows.length <= 5, `${rows.length} action rows`);
  const ids = new Set<string>();
  for (const row of rows) {
    p(row.type === 1, 'top-level component is not an action row');
    p(row.components.length >= 1 && row.components.length <= 5, `row with ${row.components.length} buttons`);
    for (const b of row.components) {
      p(b.type === 2, 'component is not a button');
      const label = b.label ?? '';
      p(label.length <= 80, `label ${label.length} > 80`);
      p(label.trim().length > 0 || b.emoji !== undefined, 'empty button label');
      if (b.style === 5) {
        p(b.url !== undefined && isHttpUrl(b.url, 512), `bad link button url ${b.url?.slice(0, 60)}`);
        p(b.custom_id === undefined, 'link button with custom_id');
      } else {
        const id = b.custom_id ?? '';
        p(id.length > 0 && id.length <= 100, `custom_id length ${id.length}`);
        p(!ids.has(id), `duplicate custom_id ${id}`);
        ids.add(id);
      }
    }
  }
  p(content.trim() !== '' || embeds.length > 0 || rows.length > 0, 'empty message');
  return problems;
}

function stripAllowedPing(content: string, role: string | undefined): string {
  return role !== undefined && content.startsWith(`<@&${role}>`)
    ? content.slice(`<@&${role}>`.length)
    : content;
}

function isHttpUrl(text: string, max: number): boolean {
  if (text.length > max) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Markdown that cannot link, mention or break out: every `[`, `]`, `(`, `<` and `@everyone`/`@here`
 * must be escaped or neutralised. `**` pairs are allowed (the adapter's own bold labels).
 */
function checkMarkdown(text: string, where: string, problems: string[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[' || c === ']' || c === '(' || c === ')' || c === '<') {
      problems.push(`${where}: unescaped "${c}" at ${i}`);
      return;
    }
  }
  if (/@(everyone|here)/i.test(text)) problems.push(`${where}: live mass mention`);
}
