/**
 * Deterministic JSON: sorted keys, two-space indent, trailing newline.
 */
import type { JsonValue } from '../model.ts';

/** Keys whose object values keep their insertion order (declared field order is meaningful to readers). */
const ORDERED_MAPS = new Set(['properties']);

/** Returns a copy of `value` with object keys sorted, except inside `properties` maps. */
export function sortKeys(value: JsonValue, keepOrder = false): JsonValue {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (!keepOrder) keys.sort();
  const out: { [key: string]: JsonValue } = {};
  for (const key of keys) out[key] = sortKeys(value[key] as JsonValue, !keepOrder && ORDERED_MAPS.has(key));
  return out;
}

/** `JSON.stringify` of the key-sorted value, 2-space indented, ending with a newline. */
export function stableJson(value: JsonValue): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
