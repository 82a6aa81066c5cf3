/** Finds the first sentence of a description, for the event's summary. */

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|approx|incl|cf|resp|Mr|Ms|Dr|No)\.$/i;

/**
 * The first sentence: ends at `.`, `!` or `?` followed by whitespace or the end, but not after
 * an abbreviation (e.g., i.e., vs.), not inside parentheses or backticks, not in a version or
 * decimal number. Without a sentence end, the whole first paragraph. Never cuts mid-sentence.
 * Line breaks become single spaces.
 */
export function firstSentence(description: string | null): string | null {
  if (description === null) return null;
  const paragraph = (description.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
  if (paragraph === '') return null;
  let depth = 0;
  let inCode = false;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (ch === '`') inCode = !inCode;
    if (inCode) continue;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && (ch === '.' || ch === '!' || ch === '?')) {
      const next = paragraph[i + 1];
      if (next !== undefined && next !== ' ') continue;
      const head = paragraph.slice(0, i + 1);
      if (ch === '.' && ABBREVIATIONS.test(head)) continue;
      // A single capital letter before the dot is an initial ("J. Smith"), not a sentence end.
      if (ch === '.' && /(?:^|\s)[A-Z]\.$/.test(head)) continue;
      return head;
    }
  }
  return paragraph;
}
