/** Parses the raw text of one `/** ... *\/` block into a description and block tags. */

/** A parsed JSDoc block: description text (line breaks kept) and block tags in source order. */
export interface ParsedJsDoc {
  description: string | null;
  tags: { name: string; text: string }[];
}

/**
 * Parses a JSDoc comment's source text. Works on text, not on ts-morph JSDoc nodes, because
 * array elements (the `as const` catalog) are not JSDoc-able and only have comment ranges.
 * NOTE: the text is kept verbatim (no HTML or markdown interpretation): escaping is emit's job.
 */
export function parseJsDoc(raw: string): ParsedJsDoc {
  const body = raw.replace(/^\/\*\*/, '').replace(/\*\/$/, '');
  const lines = body.split(/\r?\n/).map((line, i, all) => {
    // Drop the leading ` * ` decoration; keep indentation beyond one space (code samples).
    const stripped = line.replace(/^\s*\*(?!\/) ?/, '');
    return i === 0 || i === all.length - 1 ? stripped.trim() === '' ? '' : stripped : stripped;
  });
  const descLines: string[] = [];
  const tags: { name: string; text: string[] }[] = [];
  let inFence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    // An @example body is code: an `@` in it never starts a tag.
    const inExample = tags[tags.length - 1]?.name === 'example';
    const segments = inFence ? [line] : splitAtTags(line, inExample);
    segments.forEach((segment, i) => {
      const tag = inFence || (i === 0 && inExample && !/^\s*@/.test(segment)) ? null : /^\s*@([A-Za-z][\w-]*)\s?([\s\S]*)$/.exec(segment);
      if (tag) {
        tags.push({ name: tag[1] ?? '', text: [tag[2] ?? ''] });
      } else if (tags.length > 0) {
        tags[tags.length - 1]?.text.push(segment);
      } else {
        descLines.push(segment);
      }
    });
  }
  const description = tidy(descLines);
  return {
    description: description === '' ? null : description,
    tags: tags.map((t) => ({ name: t.name, text: tidy(t.text) })),
  };
}

/**
 * Splits a line where a block tag starts: at `@name` after whitespace (or at the line start),
 * outside `{...}` inline tags and backticks, as TypeScript's JSDoc parser does
 * (`/** Codec. @example "PCMU" *\/` has the tag `@example`). Inside an @example body only a
 * tag at the line start counts.
 */
function splitAtTags(line: string, inExample: boolean): string[] {
  if (inExample) return [line];
  const out: string[] = [];
  let start = 0;
  let braces = 0;
  let inCode = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '`') inCode = !inCode;
    else if (!inCode && ch === '{') braces++;
    else if (!inCode && ch === '}' && braces > 0) braces--;
    else if (ch === '@' && !inCode && braces === 0 && i > 0 && /\s/.test(line[i - 1] ?? '') && /[A-Za-z]/.test(line[i + 1] ?? '')) {
      out.push(line.slice(start, i).replace(/\s+$/, ''));
      start = i;
    }
  }
  out.push(line.slice(start));
  return out;
}

/** Trims trailing spaces per line and blank lines at both ends; keeps inner paragraphs. */
function tidy(lines: string[]): string {
  const out = lines.map((l) => l.replace(/\s+$/, ''));
  while (out.length && out[0]?.trim() === '') out.shift();
  while (out.length && out[out.length - 1]?.trim() === '') out.pop();
  // Common leading indentation of the block (e.g. `*   text`) is not meaningful.
  const indents = out.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const common = indents.length ? Math.min(...indents) : 0;
  return out.map((l) => l.slice(Math.min(common, /^ */.exec(l)?.[0].length ?? 0))).join('\n');
}
