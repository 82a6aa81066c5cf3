/**
 * Drift between the catalog (what subscribers can subscribe to) and the dispatch sites (what the
 * platform really sends). Pure: model in, diagnostics out.
 */
import type { Diagnostic, Model, WebhookEvent } from '../model.ts';

/** Stable codes of the check diagnostics (WD2xx). */
export const CHECK_CODES = {
  dispatchedNotInCatalog: 'WD201',
  neverDispatched: 'WD202',
  deprecatedStillDispatched: 'WD203',
  coverageBelowMinimum: 'WD204',
  staleOutput: 'WD205',
  unknownRef: 'WD206',
  notAGitRepository: 'WD207',
  invalidChangelog: 'WD208',
} as const;

/**
 * Finds catalog/dispatch drift, sorted by file, line, column, code:
 * WD201 error per dispatch site of an event missing from the catalog,
 * WD202 warning at the catalog entry of an event nothing dispatches,
 * WD203 warning per dispatch site of a deprecated event whose replacement is not dispatched.
 */
export function findDrift(model: Model): Diagnostic[] {
  const dispatched = new Set(model.events.filter((e) => e.dispatchSites.length > 0).map((e) => e.name));
  const out: Diagnostic[] = [];
  for (const event of model.events) {
    if (!event.inCatalog) {
      for (const site of event.dispatchSites) {
        out.push({
          code: CHECK_CODES.dispatchedNotInCatalog,
          severity: 'error',
          message: `Event "${event.name}" is dispatched here but is missing from the event catalog, so subscribing to it fails with 422.`,
          location: { file: site.file, line: site.line, column: site.column },
          snippet: `${site.function}("${event.name}", …)`,
          hint: `Add "${event.name}" to the catalog, or stop dispatching it.`,
        });
      }
    } else if (event.dispatchSites.length === 0 && !event.deprecated) {
      // NOTE: a deprecated event nothing dispatches any more is the normal end of a deprecation, not drift.
      out.push({
        code: CHECK_CODES.neverDispatched,
        severity: 'warning',
        message: `Event "${event.name}" is in the catalog but nothing dispatches it, so its subscribers never receive it.`,
        ...(event.catalogSource ? { location: event.catalogSource } : {}),
        hint: `Dispatch "${event.name}" where it happens, or mark it @deprecated / remove it from the catalog.`,
      });
    }
    const replacement = event.deprecated?.replacement;
    if (replacement && event.dispatchSites.length > 0 && !dispatched.has(replacement)) {
      for (const site of event.dispatchSites) out.push(deprecatedStillDispatched(event, replacement, site));
    }
  }
  return sortDiagnostics(out);
}

function deprecatedStillDispatched(event: WebhookEvent, replacement: string, site: WebhookEvent['dispatchSites'][number]): Diagnostic {
  return {
    code: CHECK_CODES.deprecatedStillDispatched,
    severity: 'warning',
    message: `Deprecated event "${event.name}" is still dispatched, but its replacement "${replacement}" is dispatched nowhere, so subscribers cannot migrate.`,
    location: { file: site.file, line: site.line, column: site.column },
    hint: `Dispatch "${replacement}" alongside "${event.name}" until the alias is removed.`,
  };
}

/** Sorts by file, line, column, code; diagnostics without a location come last. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort((a, b) => {
    if (!a.location || !b.location) return a.location ? -1 : b.location ? 1 : cmp(a.code, b.code) || cmp(a.message, b.message);
    return (
      cmp(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      (a.location.column ?? 1) - (b.location.column ?? 1) ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message)
    );
  });
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
