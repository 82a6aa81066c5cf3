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
    const tag = inFence ? null : /^\s*@([A-Za-z][\w-]*)\s?(.*)$/.exec(line);
    if (tag) {
      tags.push({ name: tag[1] ?? '', text: [tag[2] ?? ''] });
    } else if (tags.length > 0) {
      tags[tags.length - 1]?.text.push(line);
    } else {
      descLines.push(line);
    }
  }
  const description = tidy(descLines);
  return {
    description: description === '' ? null : description,
    tags: tags.map((t) => ({ name: t.name, text: tidy(t.text) })),
  };
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
