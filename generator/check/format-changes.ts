/** `diff` output: text for a terminal, JSON (stable, version 1) and Markdown for a pull-request comment. */
import { CHANGE_KINDS, type Change, type ChangeSet, type Revision } from './change-set.ts';

/** The change set as stable JSON (2-space indent, fixed key order). */
export function formatChangesJson(set: ChangeSet): string {
  const json: ChangeSet = {
    version: 1,
    base: { ref: set.base.ref, commit: set.base.commit },
    head: { ref: set.head.ref, commit: set.head.commit },
    summary: { changes: set.summary.changes, breaking: set.summary.breaking, notable: set.summary.notable, events: set.summary.events },
    changes: set.changes.map((c) => ({
      event: c.event,
      kind: c.kind,
      path: c.path,
      breaking: c.breaking,
      notable: c.notable,
      before: c.before,
      after: c.after,
      message: c.message,
    })),
  };
  return JSON.stringify(json, null, 2);
}

const revisionText = (r: Revision): string => (r.commit === null ? 'the working tree' : `${r.ref ?? r.commit} (${r.commit.slice(0, 7)})`);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const counts = (set: ChangeSet): string => `${plural(set.summary.changes, 'change')} in ${plural(set.summary.events, 'event')}`;
const headline = (set: ChangeSet): string =>
  set.summary.changes === 0 ? 'No schema changes.' : `${counts(set)}, ${set.summary.breaking} breaking.`;

/** Text: one block per event, one line per change, breaking ones marked. */
export function formatChangesText(set: ChangeSet, color = false): string {
  const red = (s: string) => (color ? `\u001b[31m${s}\u001b[0m` : s);
  const yellow = (s: string) => (color ? `\u001b[33m${s}\u001b[0m` : s);
  const lines = [`Schema changes from ${revisionText(set.base)} to ${revisionText(set.head)}: ${headline(set)}`];
  let current: string | null = null;
  for (const c of set.changes) {
    if (c.event !== current) {
      current = c.event;
      lines.push('', c.event);
    }
    const mark = c.breaking ? red('breaking') : c.notable ? yellow('notable ') : '        ';
    lines.push(`  ${mark}  ${c.message}`);
  }
  return lines.join('\n');
}

/** Markdown for a pull-request comment: a table of changes, breaking ones marked ⚠️. */
export function formatChangesMarkdown(set: ChangeSet): string {
  const lines = [`### Webhook schema changes: ${revisionMd(set.base)} → ${revisionMd(set.head)}`, ''];
  if (set.summary.changes === 0) {
    lines.push('No schema changes.');
    return lines.join('\n');
  }
  lines.push(
    set.summary.breaking
      ? `⚠️ **${plural(set.summary.breaking, 'breaking change')}** for subscribers (${counts(set)}).`
      : `No breaking changes for subscribers (${counts(set)}).`,
    '',
    '| | Event | Change | Field | Before | After |',
    '|---|---|---|---|---|---|',
  );
  for (const c of set.changes) lines.push(row(c));
  lines.push('', '⚠️ breaking for subscribers · ℹ️ notable (e.g. a new enum value an exhaustive `switch` does not handle)');
  return lines.join('\n');
}

const revisionMd = (r: Revision): string => (r.commit === null ? 'working tree' : `\`${r.ref ?? r.commit}\` (${r.commit.slice(0, 7)})`);

function row(c: Change): string {
  const mark = c.breaking ? '⚠️' : c.notable ? 'ℹ️' : '';
  const isText = c.kind.endsWith('description-changed');
  const cells = [mark, code(c.event), CHANGE_KINDS[c.kind].label, c.path === null ? '' : code(c.path), isText ? '' : code(c.before), isText ? '' : code(c.after)];
  return `| ${cells.join(' | ')} |`;
}

/** Inline code in a table cell: pipes escaped, backtick fence longer than any backtick run inside. */
function code(s: string | null): string {
  if (s === null || s === '') return '';
  const text = s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
