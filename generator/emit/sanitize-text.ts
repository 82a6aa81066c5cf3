/**
 * Makes user text (JSDoc, tag text) safe to put in a text node: the serializer escapes
 * markup, this removes what no escape can carry.
 */

// NOTE: C0/C1 control characters (except tab and line feed) cannot survive MDX (NUL becomes
// U+FFFD, others are invisible or break YAML), so they are dropped; CR/CRLF become LF.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Normalizes line endings and removes control characters that no page can show. */
export function sanitizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** Sanitized text on one line (for table cells and list items): runs of whitespace become one space. */
export function oneLine(text: string): string {
  return sanitizeText(text).replace(/\s+/g, ' ').trim();
}

/** Splits a description into paragraphs at blank lines, trimming each. */
export function toParagraphs(text: string): string[] {
  return sanitizeText(text)
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\s+|\s+$/g, ''))
    .filter((p) => p.length > 0);
}
