/**
 * Diagnostic codes of the emitter (WD3xx), one place so messages and tests agree.
 */
export const EMIT_CODES = {
  /** The model handed to emit does not match modelSchema. */
  invalidModel: 'WD300',
  /** An event name that is unsafe as a file name (path traversal, control characters, ...). */
  unsafeEventName: 'WD301',
  /** Two event names that collide (exactly, or on a case-insensitive file system). */
  eventNameCollision: 'WD302',
  /** A hand-written file sits where a generated file would go. */
  handWrittenClash: 'WD303',
  /** A sample payload does not validate against its schema. */
  invalidSample: 'WD304',
  /** Another generate holds the output lock. */
  outputLocked: 'WD305',
  /** Writing the output failed; the previous output was kept. */
  writeFailed: 'WD306',
  /** A @deprecated replacement names no emitted event. */
  unknownReplacement: 'WD307',
  /** Two groups map to the same URL slug. */
  groupSlugCollision: 'WD308',
  /** A hand-written guide whose frontmatter cannot be read. */
  unreadableGuide: 'WD309',
} as const;
