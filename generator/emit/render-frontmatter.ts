/**
 * YAML frontmatter built safely: every string is a double-quoted scalar with JSON escapes
 * (a subset of YAML), so hostile text cannot end the block or add keys. The first line
 * inside the block is the generated marker.
 */
import { GENERATED_MARKER } from '../site-contract.ts';

/** Values the frontmatter can hold. */
export type FrontmatterValue = string | number | boolean | null | FrontmatterValue[] | { [key: string]: FrontmatterValue };

/** `---\n# <marker>\nkey: value\n...\n---\n`, keys in the given order. */
export function renderFrontmatter(data: Record<string, FrontmatterValue>): string {
  return `---\n# ${GENERATED_MARKER}\n${renderMap(data, '')}---\n`;
}

function renderMap(data: Record<string, FrontmatterValue>, indent: string): string {
  let out = '';
  for (const [key, value] of Object.entries(data)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      out += `${indent}${yamlKey(key)}:\n${renderMap(value, `${indent}  `)}`;
    } else {
      out += `${indent}${yamlKey(key)}: ${scalar(value)}\n`;
    }
  }
  return out;
}

function scalar(value: FrontmatterValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(scalar).join(', ')}]`;
  return '{}';
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : yamlString(key);
}

/** A YAML double-quoted scalar: JSON escapes plus the characters YAML 1.1 readers treat as line breaks or forbid. */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
