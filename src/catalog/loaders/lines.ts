/** 1-based line number of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  let pos = text.indexOf('\n');
  while (pos !== -1 && pos < offset) {
    line++;
    pos = text.indexOf('\n', pos + 1);
  }
  return line;
}

/** Start offsets of every line of a text, for repeated offset -> line look-ups. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let pos = text.indexOf('\n');
  while (pos !== -1) {
    starts.push(pos + 1);
    pos = text.indexOf('\n', pos + 1);
  }
  return starts;
}

/** 1-based line of `offset`, given `lineStarts(text)`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Number of line breaks (\r\n, \r or \n) in a text. */
export function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}
