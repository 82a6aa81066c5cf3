/**
 * Validates sample payloads against their JSON Schema (draft 2020-12) with ajv.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema, JsonValue } from '../model.ts';

// NOTE: both packages are CommonJS with a `default` export; under Node ESM the default
// import is the module object, so unwrap it.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module) as typeof Ajv2020Module;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/** One reason a sample fails: the field path (`data.details.reason`) and ajv's message. */
export interface SampleProblem {
  path: string;
  message: string;
}

/** Returns a function validating a value against a schema; problems are empty when valid. */
export function createSampleValidator(): (schema: JsonSchema, value: JsonValue) => SampleProblem[] {
  // strict: false because extractors may add annotation keywords ajv does not know.
  // optimize: false: each schema is compiled for one validation, and codegen optimizing costs ~half the compile (bench).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, code: { optimize: false } });
  addFormats(ajv);
  return (schema, value) => {
    let validate;
    try {
      validate = ajv.compile(schema);
    } catch (err) {
      return [{ path: '(schema)', message: `the schema itself is invalid: ${(err as Error).message}` }];
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => ({
      path: pointerToPath(e.instancePath, e.params as Record<string, unknown>),
      message: e.message ?? e.keyword,
    }));
  };
}

/** `/data/items/0/sku` → `data.items[0].sku`; a missing required property is named in the path. */
function pointerToPath(pointer: string, params: Record<string, unknown>): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (typeof params.missingProperty === 'string') parts.push(params.missingProperty);
  if (typeof params.additionalProperty === 'string') parts.push(params.additionalProperty);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '') || '(root)';
}
