/**
 * Finds the hand-written pages under content/guides/ (never touched) so the sidebar and the
 * home page can link them: title from frontmatter, URL from `slug` or the file path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Diagnostic } from '../model.ts';
import { OUTPUT_PATHS } from '../site-contract.ts';
import { EMIT_CODES } from './emit-codes.ts';

/** A hand-written guide page. */
export interface Guide {
  title: string;
  /** Site URL, e.g. `/guides/verifying-signatures/`. */
  url: string;
  /** `sidebar.order` from frontmatter, when set. */
  order: number | null;
  /** Path below the output directory (POSIX). */
  file: string;
}

/** Guides sorted by `sidebar.order`, then title; unreadable frontmatter is a warning, the page is still linked. */
export function readGuides(outputDir: string, diagnostics: Diagnostic[]): Guide[] {
  const base = path.join(outputDir, OUTPUT_PATHS.guidesDir);
  const guides: Guide[] = [];
  for (const rel of listPages(base)) {
    const file = `${OUTPUT_PATHS.guidesDir}/${rel}`;
    const stem = rel.replace(/\.mdx?$/, '');
    let data: Record<string, unknown> = {};
    try {
      const text = readFileSync(path.join(base, rel), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      const parsed = match ? yaml.load(match[1] ?? '') : {};
      if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
    } catch (err) {
      diagnostics.push({
        code: EMIT_CODES.unreadableGuide,
        severity: 'warning',
        message: `Cannot read the frontmatter of ${file}: ${(err as Error).message.split('\n')[0]}`,
        hint: 'Fix its YAML frontmatter; the guide is linked by its file name meanwhile.',
      });
    }
    const slug = typeof data.slug === 'string' && data.slug.trim() ? data.slug.trim().replace(/^\/+|\/+$/g, '') : `guides/${stem.split('/').map(slugify).join('/')}`;
    const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : stem.split('/').pop() ?? stem;
    const sidebar = data.sidebar as { order?: unknown } | undefined;
    guides.push({ title, url: `/${slug}/`, order: typeof sidebar?.order === 'number' ? sidebar.order : null, file });
  }
  return guides.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title, 'en') || a.file.localeCompare(b.file));
}

function listPages(dir: string, prefix = ''): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...listPages(abs, `${prefix}${name}/`));
    else if (/\.mdx?$/.test(name)) out.push(`${prefix}${name}`);
  }
  return out;
}

/** Like the slugs Astro's glob loader makes from file names. */
function slugify(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-|-$/g, '') || 'page';
}
