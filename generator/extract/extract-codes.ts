/**
 * The catalogue of extract diagnostics (WD1xx) and the config/usage codes extract raises (WD0xx).
 * One place so codes stay stable and messages consistent.
 */
export const EXTRACT_CODES = {
  /** tsconfig of the platform is missing or unreadable (UserError). */
  tsconfigMissing: 'WD010',
  /** An event argument whose value could not be resolved to event names. */
  unresolvedEvent: 'WD101',
  /** A payload property whose type does not survive JSON.stringify (bigint, function, symbol). */
  unserializable: 'WD102',
  /** A payload (or a property of it) typed any/unknown. */
  untypedPayload: 'WD103',
  /** A configured dispatcher that is never declared or never called. */
  dispatcherUnused: 'WD104',
  /** A syntax error in a source file of the platform. */
  syntaxError: 'WD105',
  /** The catalog file does not exist or is not part of the project (UserError). */
  catalogFileMissing: 'WD106',
  /** The catalog export is missing or is not a list of event names (UserError). */
  catalogExportInvalid: 'WD107',
  /** A catalog entry that is not a string (skipped). */
  catalogEntryInvalid: 'WD108',
  /** A retry-policy or envelope export that is missing or cannot be evaluated. */
  constantUnreadable: 'WD109',
  /** A payload type kind the converter has no rule for. */
  unsupportedType: 'WD110',
  /** A dispatch call without the configured payload/event argument. */
  missingArgument: 'WD111',
  /** Wrapper forwarding deeper than the bound. */
  wrapperTooDeep: 'WD112',
  /** A payload type the compiler cannot resolve (missing module or package types). */
  unresolvedType: 'WD114',
  /** The same event name twice in the catalog. */
  duplicateCatalogEvent: 'WD113',
} as const;

/** Hint shared by every unresolved-event diagnostic. */
export const UNRESOLVED_EVENT_HINT =
  'Pass a string literal or a constant from the catalog, or add the wrapper to config.dispatchers.';
