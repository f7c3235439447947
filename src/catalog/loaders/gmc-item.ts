import { headerKey } from './delimited.ts';
import type { RecordLocation } from './issues.ts';

/** One Merchant Center item: attribute name ("image link", `gmcKey` form) -> its values. */
export interface GmcItem {
  readonly where: RecordLocation;
  readonly values: ReadonlyMap<string, readonly string[]>;
  /** Product details (section:name:value) as name -> value. */
  readonly details: Readonly<Record<string, string>>;
}

/** Attribute name as Merchant Center spells it in feeds: "g:image_link", "Image Link" -> "image link". */
export function gmcKey(name: string): string {
  return headerKey(name.trim().replace(/^g:/i, '').replace(/_/g, ' '));
}
