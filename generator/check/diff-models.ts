/** Compares two models event by event and field by field: the schema changelog. Pure. */
import type { Model, WebhookEvent } from '../model.ts';
import { CHANGE_KINDS, type Change, type ChangeKind, type ChangeSet, type Revision } from './change-set.ts';
import { flattenPayloadFields, type PayloadField } from './flatten-payload-fields.ts';

const NO_REVISION: Revision = { ref: null, commit: null };

/** Lists every change from `base` to `head`, each classified breaking / notable for a subscriber. */
export function diffModels(base: Model, head: Model, revisions: { base?: Revision; head?: Revision } = {}): ChangeSet {
  const changes: Change[] = [];
  const before = new Map(base.events.map((e) => [e.name, e]));
  const after = new Map(head.events.map((e) => [e.name, e]));
  for (const name of before.keys()) if (!after.has(name)) changes.push(change(name, 'event.removed', null, null, null));
  for (const [name, h] of after) {
    const b = before.get(name);
    if (!b) changes.push(change(name, 'event.added', null, null, null));
    else changes.push(...diffEvent(b, h));
  }
  changes.sort(compareChanges);
  return {
    version: 1,
    base: revisions.base ?? NO_REVISION,
    head: revisions.head ?? NO_REVISION,
    summary: {
      changes: changes.length,
      breaking: changes.filter((c) => c.breaking).length,
      notable: changes.filter((c) => c.notable).length,
      events: new Set(changes.map((c) => c.event)).size,
    },
    changes,
  };
}

function diffEvent(b: WebhookEvent, h: WebhookEvent): Change[] {
  const out: Change[] = [];
  const name = h.name;
  if (!b.deprecated && h.deprecated) out.push(change(name, 'event.deprecated', null, null, h.deprecated.replacement));
  if (b.deprecated && !h.deprecated) out.push(change(name, 'event.undeprecated', null, b.deprecated.replacement, null));
  if (b.inCatalog && !h.inCatalog) out.push(change(name, 'event.removed-from-catalog', null, null, null));
  if (!b.inCatalog && h.inCatalog) out.push(change(name, 'event.added-to-catalog', null, null, null));
  if ((b.description ?? null) !== (h.description ?? null)) out.push(change(name, 'event.description-changed', null, b.description, h.description));
  out.push(...diffFields(name, flattenPayloadFields(b.payloadSchema), flattenPayloadFields(h.payloadSchema)));
  return out;
}

/** Per-field changes; children of an added or removed field are not listed again. */
export function diffFields(event: string, baseFields: PayloadField[], headFields: PayloadField[]): Change[] {
  const out: Change[] = [];
  const before = new Map(baseFields.map((f) => [f.path, f]));
  const after = new Map(headFields.map((f) => [f.path, f]));
  const removed: string[] = [];
  for (const [path, f] of before) {
    if (after.has(path) || removed.some((p) => isInside(path, p))) continue;
    removed.push(path);
    out.push(change(event, 'field.removed', path, typeText(f), null));
  }
  const added: string[] = [];
  for (const [path, h] of after) {
    const b = before.get(path);
    if (!b) {
      if (added.some((p) => isInside(path, p))) continue;
      added.push(path);
      out.push(change(event, 'field.added', path, null, typeText(h), h.required ? 'required' : 'optional'));
      continue;
    }
    const typeChanged = b.types.join('|') !== h.types.join('|');
    if (typeChanged) out.push(change(event, 'field.type-changed', path, typeText(b), typeText(h)));
    if (b.required && !h.required) out.push(change(event, 'field.made-optional', path, 'required', 'optional'));
    if (!b.required && h.required) out.push(change(event, 'field.made-required', path, 'optional', 'required'));
    if (!b.nullable && h.nullable) out.push(change(event, 'field.nullable-added', path, typeText(b), typeText(h)));
    if (b.nullable && !h.nullable) out.push(change(event, 'field.nullable-removed', path, typeText(b), typeText(h)));
    if (!typeChanged) out.push(...diffEnum(event, path, b, h));
    if (b.description !== h.description) out.push(change(event, 'field.description-changed', path, b.description, h.description));
  }
  return out;
}

function diffEnum(event: string, path: string, b: PayloadField, h: PayloadField): Change[] {
  if (b.enum && h.enum) {
    const was = new Set(b.enum);
    const now = new Set(h.enum);
    return [
      ...b.enum.filter((v) => !now.has(v)).map((v) => change(event, 'field.enum-value-removed', path, v, null)),
      ...h.enum.filter((v) => !was.has(v)).map((v) => change(event, 'field.enum-value-added', path, null, v)),
    ];
  }
  if (b.enum && !h.enum) return [change(event, 'field.enum-relaxed', path, typeText(b), typeText(h))];
  if (!b.enum && h.enum) return [change(event, 'field.enum-restricted', path, typeText(b), typeText(h))];
  return [];
}

const isInside = (path: string, parent: string): boolean =>
  path.startsWith(`${parent}.`) || path.startsWith(`${parent}[]`);

/** A field's type in short form: `string`, `"a" | "b"`, `number | null`, `array<string>`. */
export function typeText(f: PayloadField): string {
  const base = f.enum ? f.enum.join(' | ') : f.types.length ? f.types.join(' | ') : 'any';
  return f.nullable ? `${base} | null` : base;
}

function change(event: string, kind: ChangeKind, path: string | null, before: string | null, after: string | null, detail?: string): Change {
  const { breaking, notable } = CHANGE_KINDS[kind];
  return { event, kind, path, breaking, notable, before, after, message: describe(event, kind, path, before, after, detail) };
}

function describe(event: string, kind: ChangeKind, path: string | null, before: string | null, after: string | null, detail?: string): string {
  const ev = `\`${event}\``;
  const field = `Field \`${path ?? ''}\` of ${ev}`;
  switch (kind) {
    case 'event.added':
      return `Event ${ev} added.`;
    case 'event.removed':
      return `Event ${ev} removed.`;
    case 'event.deprecated':
      return after ? `Event ${ev} deprecated in favour of \`${after}\`.` : `Event ${ev} deprecated.`;
    case 'event.undeprecated':
      return `Event ${ev} is no longer deprecated.`;
    case 'event.added-to-catalog':
      return `Event ${ev} added to the catalog: it can now be subscribed to.`;
    case 'event.removed-from-catalog':
      return `Event ${ev} removed from the catalog: subscribing to it now fails with 422.`;
    case 'event.description-changed':
      return `Description of ${ev} changed.`;
    case 'field.added':
      return `${field} added (${detail ?? 'optional'}, ${after ?? 'any'}).`;
    case 'field.removed':
      return `${field} removed.`;
    case 'field.type-changed':
      return `${field} changed type from ${before ?? 'any'} to ${after ?? 'any'}.`;
    case 'field.made-optional':
      return `${field} is no longer required.`;
    case 'field.made-required':
      return `${field} is now always present.`;
    case 'field.nullable-added':
      return `${field} can now be null.`;
    case 'field.nullable-removed':
      return `${field} can no longer be null.`;
    case 'field.enum-value-added':
      return `${field} has a new value ${after ?? ''}.`;
    case 'field.enum-value-removed':
      return `${field} no longer has the value ${before ?? ''}.`;
    case 'field.enum-relaxed':
      return `${field} is no longer limited to ${before ?? ''}.`;
    case 'field.enum-restricted':
      return `${field} is now limited to ${after ?? ''}.`;
    case 'field.description-changed':
      return `Description of field \`${path ?? ''}\` of ${ev} changed.`;
  }
}

const KIND_ORDER = Object.keys(CHANGE_KINDS);
function compareChanges(a: Change, b: Change): number {
  const s = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    s(a.event, b.event) ||
    (a.path === null ? 0 : 1) - (b.path === null ? 0 : 1) ||
    s(a.path ?? '', b.path ?? '') ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    s(a.before ?? '', b.before ?? '') ||
    s(a.after ?? '', b.after ?? '')
  );
}
