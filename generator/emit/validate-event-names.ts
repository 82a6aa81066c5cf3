/**
 * Path safety: an event name becomes a file name (content/events/<name>.mdx,
 * public/schemas/<name>.json), so names that could escape those folders, clash with
 * generated files or collide on a case-insensitive file system are rejected here.
 */
import type { Diagnostic, WebhookEvent } from '../model.ts';
import { EMIT_CODES } from './emit-codes.ts';

/** Longest accepted event name (file systems cap names at 255 bytes). */
export const MAX_EVENT_NAME_LENGTH = 200;
const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/i;
/** Names whose files the generator already writes (`content/events/index.mdx`, `public/schemas/envelope.json`). */
const RESERVED = new Set(['index', 'envelope']);

/** The rule a name breaks, or null when it is a safe file name. */
export function unsafeNameRule(name: string): string | null {
  if (name.length === 0) return 'it is empty';
  if (name.length > MAX_EVENT_NAME_LENGTH) return `it is ${name.length} characters long (at most ${MAX_EVENT_NAME_LENGTH})`;
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'it contains a control character (e.g. NUL or a line break)';
  if (/[/\\]/.test(name)) return 'it contains a path separator ("/" or "\\")';
  if (name.includes('..')) return 'it contains ".."';
  if (/\s/.test(name)) return 'it contains whitespace';
  if (!NAME_PATTERN.test(name)) return 'it may only contain letters a-z, digits, ".", "_" and "-", starting with a letter or digit';
  if (RESERVED.has(name.toLowerCase())) return `"${name}" is reserved for a generated file`;
  return null;
}

/** Splits events into those safe to emit and diagnostics for the rest (the first of colliding names is kept). */
export function validateEventNames(events: readonly WebhookEvent[]): { accepted: WebhookEvent[]; diagnostics: Diagnostic[] } {
  const accepted: WebhookEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, WebhookEvent>();
  for (const event of events) {
    const location = event.catalogSource ?? event.dispatchSites[0] ?? undefined;
    const loc = location ? { file: location.file, line: location.line } : undefined;
    const shown = JSON.stringify(event.name.length > 80 ? `${event.name.slice(0, 80)}…` : event.name);
    const rule = unsafeNameRule(event.name);
    if (rule) {
      diagnostics.push({
        code: EMIT_CODES.unsafeEventName,
        severity: 'error',
        message: `Event name ${shown} cannot be a page: ${rule}. Its page and schema were not written.`,
        ...(loc ? { location: loc } : {}),
        hint: 'Event names must match /^[a-z0-9][a-z0-9._-]*$/i and be at most 200 characters (e.g. "message.delivered").',
      });
      continue;
    }
    const key = event.name.toLowerCase();
    const first = seen.get(key);
    if (first) {
      const exact = first.name === event.name;
      diagnostics.push({
        code: EMIT_CODES.eventNameCollision,
        severity: 'error',
        message: exact
          ? `Event ${shown} appears twice in the model; only the first is emitted.`
          : `Event ${shown} collides with ${JSON.stringify(first.name)} on case-insensitive file systems; only ${JSON.stringify(first.name)} is emitted.`,
        ...(loc ? { location: loc } : {}),
        hint: 'Give each event a name that differs from the others by more than letter case.',
      });
      continue;
    }
    seen.set(key, event);
    accepted.push(event);
  }
  return { accepted, diagnostics };
}
