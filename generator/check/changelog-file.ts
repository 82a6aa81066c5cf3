/**
 * The committed changelog file (`webhook-docs.changelog.json`): the schema change sets of past releases,
 * newest first. `diff --changelog <file>` adds a release to it; `generate` reads it to build the
 * changelog page and the per-event "Changelog" sections, so generate stays fast and needs no git.
 */
import { z } from 'zod';
import { CHANGE_KINDS, type ChangeKind, type ChangeSet } from './change-set.ts';

/** File name looked up next to the config file when the config names none. */
export const DEFAULT_CHANGELOG_FILE = 'webhook-docs.changelog.json';

const revisionSchema = z.object({ ref: z.string().nullable(), commit: z.string().nullable() }).strict();
const kinds = Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]];
const changeSchema = z
  .object({
    event: z.string().min(1),
    kind: z.enum(kinds),
    path: z.string().nullable(),
    breaking: z.boolean(),
    notable: z.boolean(),
    before: z.string().nullable(),
    after: z.string().nullable(),
    message: z.string(),
  })
  .strict();
const summarySchema = z
  .object({ changes: z.number().int().nonnegative(), breaking: z.number().int().nonnegative(), notable: z.number().int().nonnegative(), events: z.number().int().nonnegative() })
  .strict();
const changeSetSchema = z
  .object({ version: z.literal(1), base: revisionSchema, head: revisionSchema, summary: summarySchema, changes: z.array(changeSchema) })
  .strict();
const releaseSchema = changeSetSchema
  .omit({ version: true })
  .extend({
    /** The release's name as shown on the page (`v1.4.0`, `2026-12 release`). */
    title: z.string().min(1),
    /** ISO date (YYYY-MM-DD) given by the user; never generated, so output stays deterministic. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').nullable(),
  })
  .strict();
const changelogSchema = z.object({ version: z.literal(1), releases: z.array(releaseSchema) }).strict();

/** One release of the changelog: a change set with a title and an optional date. */
export type ChangelogRelease = z.infer<typeof releaseSchema>;
/** The changelog file, version 1; releases newest first. */
export type Changelog = z.infer<typeof changelogSchema>;

/**
 * Reads changelog JSON: a changelog file, or a bare change set (`diff --format json` / `--out`), which
 * becomes one release titled after its head ref. Returns the problem as text when the shape is wrong.
 */
export function parseChangelog(raw: unknown): { changelog: Changelog } | { problem: string } {
  const isChangeSet = typeof raw === 'object' && raw !== null && 'changes' in raw && !('releases' in raw);
  if (isChangeSet) {
    const set = changeSetSchema.safeParse(raw);
    if (set.success) return { changelog: { version: 1, releases: [toRelease(set.data, null, null)] } };
    return { problem: describeIssue(set.error) };
  }
  const parsed = changelogSchema.safeParse(raw);
  if (!parsed.success) return { problem: describeIssue(parsed.error) };
  const titles = new Set<string>();
  for (const r of parsed.data.releases) {
    if (titles.has(r.title)) return { problem: `releases: the title "${r.title}" appears twice` };
    titles.add(r.title);
  }
  return { changelog: parsed.data };
}

/** A release from a change set; the title defaults to the head ref, its short commit, or `Unreleased`. */
export function toRelease(set: ChangeSet | Omit<ChangeSet, 'version'>, title: string | null, date: string | null): ChangelogRelease {
  return {
    title: title ?? set.head.ref ?? set.head.commit?.slice(0, 7) ?? 'Unreleased',
    date,
    base: { ref: set.base.ref, commit: set.base.commit },
    head: { ref: set.head.ref, commit: set.head.commit },
    summary: { ...set.summary },
    changes: set.changes.map((c) => ({ ...c })),
  };
}

/** Puts `release` first, replacing a release of the same title (re-running a release's diff is idempotent). */
export function addRelease(changelog: Changelog | null, release: ChangelogRelease): Changelog {
  const rest = (changelog?.releases ?? []).filter((r) => r.title !== release.title);
  return { version: 1, releases: [release, ...rest] };
}

/** The changelog as stable JSON text (fixed key order, 2-space indent, final newline). */
export function formatChangelogJson(changelog: Changelog): string {
  const releases = changelog.releases.map((r) => ({
    title: r.title,
    date: r.date,
    base: { ref: r.base.ref, commit: r.base.commit },
    head: { ref: r.head.ref, commit: r.head.commit },
    summary: { changes: r.summary.changes, breaking: r.summary.breaking, notable: r.summary.notable, events: r.summary.events },
    changes: r.changes.map((c) => ({ event: c.event, kind: c.kind, path: c.path, breaking: c.breaking, notable: c.notable, before: c.before, after: c.after, message: c.message })),
  }));
  return `${JSON.stringify({ version: 1, releases }, null, 2)}\n`;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return error.message;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}${more}`;
}
