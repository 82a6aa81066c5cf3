/**
 * Validates sample payloads against their JSON Schema (draft 2020-12) with @cfworker/json-schema.
 * NOTE: an interpreting validator, not ajv: every schema is used for exactly one sample, and ajv's code
 * generation per schema was a quarter of `generate` (bench/RESULTS.md); this is ~20x less. Tests still check
 * every sample with ajv, independently.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import type { JsonSchema, JsonValue } from '../model.ts';

/** One reason a sample fails: the field path (`data.details.reason`) and the validator's message. */
export interface SampleProblem {
  path: string;
  message: string;
}

/** Keywords whose error only says that something below failed; the failure below is reported on its own. */
const WRAPPERS = new Set(['properties', 'items', 'prefixItems', '$ref', 'allOf', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems']);

/** Returns a function validating a value against a schema; problems are empty when valid. */
export function createSampleValidator(): (schema: JsonSchema, value: JsonValue) => SampleProblem[] {
  return (schema, value) => {
    let errors: OutputUnit[];
    try {
      errors = new Validator(schema as object, '2020-12', false).validate(value).errors;
    } catch (err) {
      return [{ path: '(schema)', message: `the schema itself is invalid: ${(err as Error).message}` }];
    }
    const leaves = errors.filter((e) => !WRAPPERS.has(e.keyword));
    return (leaves.length ? leaves : errors).map((e) => ({ path: pathOf(e), message: e.error }));
  };
}

/** `#/data/items/0/sku` → `data.items[0].sku`; a missing required property is named in the path. */
function pathOf(error: OutputUnit): string {
  const parts = error.instanceLocation
    .split('/')
    .slice(1)
    .map((p) => safeDecode(p).replace(/~1/g, '/').replace(/~0/g, '~'));
  const missing = error.keyword === 'required' ? /required property "(.*)"\.$/.exec(error.error)?.[1] : undefined;
  if (missing !== undefined) parts.push(missing);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '') || '(root)';
}

/** The location is a URI fragment: percent-decoded, unless the encoding is broken. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
