/**
 * The schema changelog between two revisions: one flat list of changes, each classified for a
 * subscriber. Its JSON (`diff --format json`, `diff --out`) is the stable input of a changelog page.
 */

/** What changed. `event.*` kinds have `path: null`; `field.*` kinds name the field's dotted path. */
export type ChangeKind =
  | 'event.added'
  | 'event.removed'
  | 'event.deprecated'
  | 'event.undeprecated'
  | 'event.added-to-catalog'
  | 'event.removed-from-catalog'
  | 'event.description-changed'
  | 'field.added'
  | 'field.removed'
  | 'field.type-changed'
  | 'field.made-optional'
  | 'field.made-required'
  | 'field.nullable-added'
  | 'field.nullable-removed'
  | 'field.enum-value-added'
  | 'field.enum-value-removed'
  | 'field.enum-relaxed'
  | 'field.enum-restricted'
  | 'field.description-changed';

/**
 * Per kind: whether it breaks a subscriber's parser or logic, whether it is worth a reader's attention
 * though not breaking (`notable`), a label for tables, and its sort rank (event-level kinds first).
 */
export const CHANGE_KINDS: Record<ChangeKind, { breaking: boolean; notable: boolean; label: string }> = {
  'event.added': { breaking: false, notable: true, label: 'event added' },
  'event.removed': { breaking: true, notable: true, label: 'event removed' },
  'event.deprecated': { breaking: false, notable: true, label: 'event deprecated' },
  'event.undeprecated': { breaking: false, notable: false, label: 'deprecation lifted' },
  // Subscribing to an event outside the catalog fails with 422, so leaving the catalog breaks new subscriptions.
  'event.removed-from-catalog': { breaking: true, notable: true, label: 'removed from catalog' },
  'event.added-to-catalog': { breaking: false, notable: true, label: 'added to catalog' },
  'event.description-changed': { breaking: false, notable: false, label: 'description changed' },
  'field.added': { breaking: false, notable: false, label: 'field added' },
  'field.removed': { breaking: true, notable: true, label: 'field removed' },
  'field.type-changed': { breaking: true, notable: true, label: 'type changed' },
  'field.made-optional': { breaking: true, notable: true, label: 'required → optional' },
  'field.made-required': { breaking: false, notable: false, label: 'optional → required' },
  'field.nullable-added': { breaking: true, notable: true, label: 'now nullable' },
  'field.nullable-removed': { breaking: false, notable: false, label: 'no longer nullable' },
  'field.enum-value-removed': { breaking: true, notable: true, label: 'enum value removed' },
  // NOTE: not breaking for a tolerant reader, but a consumer with an exhaustive switch sees a value it never handled.
  'field.enum-value-added': { breaking: false, notable: true, label: 'enum value added' },
  'field.enum-relaxed': { breaking: false, notable: true, label: 'enum → any value' },
  'field.enum-restricted': { breaking: false, notable: false, label: 'any value → enum' },
  'field.description-changed': { breaking: false, notable: false, label: 'description changed' },
};

/** One change to one event (and field). */
export interface Change {
  event: string;
  kind: ChangeKind;
  /** Dotted field path (`details.reason`, `items[].sku`) for `field.*` kinds, else null. */
  path: string | null;
  breaking: boolean;
  notable: boolean;
  /** The old and new value in short form (a type, a JSON-encoded enum value, `required`), when the kind has one. */
  before: string | null;
  after: string | null;
  /** One sentence for humans: `Field \`status\` of \`order.paid\` changed type from string to number.` */
  message: string;
}

/** A git revision as the diff saw it; `commit` null means the working tree. */
export interface Revision {
  ref: string | null;
  commit: string | null;
}

/** The result of `diff`, version 1. */
export interface ChangeSet {
  version: 1;
  base: Revision;
  head: Revision;
  summary: { changes: number; breaking: number; notable: number; events: number };
  /** Sorted by event name, then event-level changes before field changes, then field path, then kind. */
  changes: Change[];
}
