import type { RawProduct } from '../validate.ts';
import type { DecodedText } from './decode.ts';
import type { IssueLog } from './issues.ts';

/** What every format loader gets: the decoded text and where to report problems. */
export interface LoaderInput {
  readonly text: DecodedText;
  readonly log: IssueLog;
  /** Currency for prices that name none. */
  readonly defaultCurrency: string;
  /** Generic CSV only: aisle field -> CSV header. */
  readonly csvMapping?: Readonly<Record<string, string>> | undefined;
}

/** What a format loader returns: raw records for validation, and how many records it read. */
export interface LoaderOutput {
  readonly records: RawProduct[];
  /** Records read from the file, good or bad (rows, array elements, feed items). */
  readonly recordsSeen: number;
}
