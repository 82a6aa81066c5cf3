/** Finds the event a `@deprecated` text points to (`Use BALANCE_TOPPED_UP`, `{@link balance.low}`). */
import type { Catalog } from './read-catalog.ts';

/**
 * The replacement event name: `{@link X}` targets first, then words of the text, each matched
 * as a catalog event name or as a constant of an object map/enum in the catalog file.
 */
export function resolveReplacement(text: string, self: string, catalog: Catalog): string | null {
  const names = new Set(catalog.entries.map((e) => e.name));
  const links = [...text.matchAll(/\{@link(?:code|plain)?\s+([^}\s|]+)[^}]*\}/g)].map((m) => m[1] ?? '');
  const words = [...text.matchAll(/[A-Za-z_$][\w$.\-]*[\w$]/g)].map((m) => m[0]);
  for (const candidate of [...links, ...words]) {
    for (const c of [candidate, candidate.split('.').pop() ?? candidate]) {
      const event = names.has(c) ? c : catalog.constants.get(c);
      if (event && event !== self && names.has(event)) return event;
    }
  }
  return null;
}
