/**
 * The small subset of Block Kit aisle sends, as plain data types, and the limits it stays within.
 * Slack's published limits are the ceiling; aisle's are at or below them.
 */

/** A plain_text object (never parsed for mentions or formatting). */
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

/** A mrkdwn object; aisle always sets verbatim so Slack does not auto-link or auto-mention. */
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}

/** Either text object. */
export type TextObject = PlainText | Mrkdwn;

/** A button carrying an aisle action in its value. */
export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary' | 'danger';
}

/** An image element (section accessory or context element). */
export interface ImageElement {
  type: 'image';
  image_url: string;
  alt_text: string;
}

/** A section: text, fields and an optional image accessory. */
export interface SectionBlock {
  type: 'section';
  text?: TextObject;
  fields?: TextObject[];
  accessory?: ImageElement;
}

/** A row of buttons. */
export interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
}

/** Small grey text and images. */
export interface ContextBlock {
  type: 'context';
  elements: (TextObject | ImageElement)[];
}

/** A large plain-text title. */
export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}

/** A horizontal rule. */
export interface DividerBlock {
  type: 'divider';
}

/** Any block aisle sends. */
export type SlackBlock = SectionBlock | ActionsBlock | ContextBlock | HeaderBlock | DividerBlock;

/** A message ready for chat.postMessage / chat.update / response_url: blocks plus the text fallback. */
export interface SlackMessage {
  /** Plain fallback for notifications and clients without Block Kit. Always set. */
  text: string;
  blocks: SlackBlock[];
}

/** Limits aisle keeps to (Slack's own limit in the comment where aisle is stricter). */
export const LIMITS = {
  /** Blocks in a message. */
  blocks: 50,
  /** Blocks in an App Home view. */
  homeBlocks: 100,
  /** Section `text`. */
  sectionText: 3_000,
  /** One section field. */
  fieldText: 2_000,
  /** Fields in one section. */
  fields: 10,
  /** Button label. */
  buttonText: 75,
  /** Button value (aisle writes at most 1,000). */
  value: 2_000,
  actionId: 255,
  /** Elements in an actions block. */
  actionsElements: 25,
  /** Elements in a context block. */
  contextElements: 10,
  /** Context text element (aisle keeps to 1,000). */
  contextText: 2_000,
  header: 150,
  /** Message `text` fallback (Slack truncates at 40,000; aisle keeps to 3,000). */
  fallbackText: 4_000,
  altText: 2_000,
  imageUrl: 3_000,
  /** Serialised blocks of one message (Slack rejects messages somewhere past ~13k). */
  messageBudget: 12_000,
} as const;

/** A plain_text object with emoji enabled. */
export function plain(text: string): PlainText {
  return { type: 'plain_text', text, emoji: true };
}

/** A mrkdwn object with verbatim on. */
export function mrkdwn(text: string): Mrkdwn {
  return { type: 'mrkdwn', text, verbatim: true };
}
