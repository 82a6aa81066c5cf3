/** Docs coverage: how many events and payload fields carry a description, per group and in total. */
import type { Model } from '../model.ts';
import { flattenPayloadFields } from './flatten-payload-fields.ts';

/** `described` of `total`, and the percentage (100 when there is nothing to describe). */
export interface Ratio {
  described: number;
  total: number;
  /** Rounded to one decimal for display; compare thresholds with `described / total`. */
  percent: number;
}

/** Coverage of one catalog group. */
export interface GroupCoverage {
  name: string;
  events: Ratio;
  fields: Ratio;
  /** Events of the group without a description, in catalog order. */
  undocumented: string[];
}

/** Coverage of the whole model. */
export interface Coverage {
  events: Ratio;
  fields: Ratio;
  /** In catalog group order; groups with no events are left out. */
  groups: GroupCoverage[];
}

/**
 * Counts every event of the model (catalog events and dispatched-but-uncatalogued ones: each gets a page),
 * and every payload field row its page shows (nested properties, array items, `$ref`-resolved `$defs`).
 */
export function computeCoverage(model: Model): Coverage {
  const order = [...model.groups.map((g) => g.name), ...model.events.map((e) => e.group)];
  const byGroup = new Map<string, { events: [number, number]; fields: [number, number]; undocumented: string[] }>();
  for (const name of order) if (!byGroup.has(name)) byGroup.set(name, { events: [0, 0], fields: [0, 0], undocumented: [] });
  for (const event of model.events) {
    const g = byGroup.get(event.group);
    if (!g) continue;
    const documented = isDocumented(event.description);
    g.events[1] += 1;
    if (documented) g.events[0] += 1;
    else g.undocumented.push(event.name);
    for (const field of flattenPayloadFields(event.payloadSchema)) {
      if (field.path === '$') continue;
      g.fields[1] += 1;
      if (isDocumented(field.description)) g.fields[0] += 1;
    }
  }
  const groups: GroupCoverage[] = [];
  let events: [number, number] = [0, 0];
  let fields: [number, number] = [0, 0];
  for (const [name, g] of byGroup) {
    if (g.events[1] === 0) continue;
    groups.push({ name, events: ratio(g.events), fields: ratio(g.fields), undocumented: g.undocumented });
    events = [events[0] + g.events[0], events[1] + g.events[1]];
    fields = [fields[0] + g.fields[0], fields[1] + g.fields[1]];
  }
  return { events: ratio(events), fields: ratio(fields), groups };
}

const isDocumented = (text: string | null): boolean => text !== null && text.trim() !== '';

/** Builds a Ratio from [described, total]. */
export function ratio([described, total]: [number, number]): Ratio {
  return { described, total, percent: total === 0 ? 100 : Math.round((described / total) * 1000) / 10 };
}

/** The exact share in percent, for threshold comparisons. */
export const exactPercent = (r: Ratio): number => (r.total === 0 ? 100 : (r.described / r.total) * 100);
