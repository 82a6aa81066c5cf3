/**
 * Ranking of "did you mean" event names for the 404 page: runs in the browser on public/events.json,
 * so it must stay dependency-free and small.
 */

/** The fields of an events.json entry the 404 page needs (a subset of EventsIndexEntry). */
export interface SuggestableEvent {
  name: string;
  url: string;
  deprecated: boolean;
  replacement: string | null;
  inCatalog: boolean;
}

/** One suggestion, with the replacement resolved to a link target when the event is deprecated. */
export interface EventSuggestion {
  name: string;
  url: string;
  distance: number;
  deprecated: boolean;
  inCatalog: boolean;
  replacement: { name: string; url: string } | null;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment variant: insert, delete, substitute,
 * swap two adjacent characters), so `mesage.delivred` is 2 from `message.delivered`.
 */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const cols = b.length + 1;
  // Three rolling rows: the transposition step looks two rows back.
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}

/** The event name a `/events/<name>/` path asks for, or null for any other path. */
export function eventNameFromPath(pathname: string, base = '/'): string | null {
  const prefix = `${base.replace(/\/$/, '')}/events/`;
  if (!pathname.startsWith(prefix)) return null;
  const rest = pathname.slice(prefix.length).replace(/\/(index\.html)?$/, '');
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest).trim() || null;
  } catch {
    return null; // a malformed %-escape is not a name we can match
  }
}

const segments = (name: string): string[] => name.split(/[._\-\s]+/).filter(Boolean);

/**
 * Ranks events by closeness to `query`: edit distance, with prefix matches (`verification` →
 * `verification.failed`) and shared name segments (`sim_swap`) pulled forward. Always returns the
 * `min` nearest (when there are that many events) and up to `max` that are plausibly meant.
 */
export function suggestEvents(query: string, events: readonly SuggestableEvent[], max = 5, min = 3): EventSuggestion[] {
  const q = query.toLowerCase();
  const qSegments = new Set(segments(q));
  const byName = new Map(events.map((e) => [e.name, e]));
  const ranked = events.map((e) => {
    const name = e.name.toLowerCase();
    const distance = damerauLevenshtein(q, name);
    const shared = segments(name).filter((s) => qSegments.has(s)).length;
    const prefix = q.length >= 3 && (name.startsWith(q) || q.startsWith(name));
    // A prefix match is as good as a one-letter typo; each shared segment is worth half an edit.
    const score = (prefix ? Math.min(distance, 1) : distance) - shared * 0.5;
    return { e, distance, score, plausible: prefix || shared > 0 || distance <= Math.max(2, Math.floor(q.length * 0.35)) };
  });
  ranked.sort((x, y) => x.score - y.score || x.distance - y.distance || (x.e.name < y.e.name ? -1 : x.e.name > y.e.name ? 1 : 0));
  const picked = ranked.filter((r, i) => i < max && (i < min || r.plausible));
  return picked.map(({ e, distance }) => {
    const target = e.replacement ? byName.get(e.replacement) : undefined;
    return {
      name: e.name,
      url: e.url,
      distance,
      deprecated: e.deprecated,
      inCatalog: e.inCatalog,
      replacement: e.replacement ? { name: e.replacement, url: target?.url ?? `/events/${e.replacement}/` } : null,
    };
  });
}
