/**
 * Issue 7, fuzz: random payload types from a small grammar (objects, optional properties, unions,
 * literals, arrays, Date, null, records, nesting) with a sample value generated alongside each type.
 * The extractor neither hangs (each case runs in a worker that is terminated after CASE_TIMEOUT_MS)
 * nor crashes, and the payload schema validates JSON.parse(JSON.stringify(sample)) with Ajv 2020.
 */
import { Worker } from 'node:worker_threads';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANG, type CaseResult } from './fuzz-extract.ts';

/** Per-case bound: a case still running after this is a hang (not a timing assertion on speed). */
const CASE_TIMEOUT_MS = 30_000;
const RUNS = 200;

type T =
  | { k: 'string' | 'number' | 'boolean' | 'null' | 'date' }
  | { k: 'lit'; v: string | number | boolean }
  | { k: 'array'; of: T }
  | { k: 'record'; of: T }
  | { k: 'union'; of: T[] }
  | { k: 'object'; props: { name: string; optional: boolean; t: T }[] };

const NAMES = ['id', 'type', 'created_at', 'data', 'items', 'x-y', 'a b', 'ünï', '0', 'constructor'];

const { type: typeArb } = fc.letrec<{ type: T }>((tie) => ({
  type: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<T>({ k: 'string' }, { k: 'number' }, { k: 'boolean' }, { k: 'null' }, { k: 'date' }),
    fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -3, max: 1000 }), fc.boolean()).map((v): T => ({ k: 'lit', v })),
    tie('type').map((of): T => ({ k: 'array', of })),
    tie('type').map((of): T => ({ k: 'record', of })),
    fc.array(tie('type'), { minLength: 2, maxLength: 3 }).map((of): T => ({ k: 'union', of })),
    fc
      .uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), optional: fc.boolean(), t: tie('type') }), { minLength: 1, maxLength: 4, selector: (p) => p.name })
      .map((props): T => ({ k: 'object', props })),
  ),
}));

/** TypeScript text of a type. */
function typeText(t: T): string {
  switch (t.k) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return t.k;
    case 'date':
      return 'Date';
    case 'lit':
      return typeof t.v === 'string' ? JSON.stringify(t.v) : String(t.v);
    case 'array':
      return `Array<${typeText(t.of)}>`;
    case 'record':
      return `Record<string, ${typeText(t.of)}>`;
    case 'union':
      return `(${t.of.map(typeText).join(' | ')})`;
    case 'object':
      return `{ ${t.props.map((p) => `${JSON.stringify(p.name)}${p.optional ? '?' : ''}: ${typeText(p.t)};`).join(' ')} }`;
  }
}

/** Values of a type, as JavaScript has them before JSON.stringify (Dates included). */
function valueArb(t: T): fc.Arbitrary<unknown> {
  switch (t.k) {
    case 'string':
      return fc.string({ maxLength: 8 });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'date':
      // Years beyond 9999 serialize as "+010000-…", which is not RFC 3339 date-time: out of scope.
      return fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    case 'lit':
      return fc.constant(t.v);
    case 'array':
      return fc.array(valueArb(t.of), { maxLength: 3 });
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 4 }), valueArb(t.of), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...t.of.map(valueArb));
    case 'object': {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const p of t.props) model[p.name] = valueArb(p.t);
      return fc.record(model, { requiredKeys: t.props.filter((p) => !p.optional).map((p) => p.name) });
    }
  }
}

/** A payload is an object (the dispatcher's `T extends object | null`): the top level is an object type. */
const caseArb = typeArb
  .filter((t): t is Extract<T, { k: 'object' }> => t.k === 'object')
  .chain((t) => valueArb(t).map((sample) => ({ t, sample })));

let worker: Worker;
let nextId = 0;

async function startWorker(): Promise<void> {
  worker = new Worker(new URL('./fuzz-worker.mjs', import.meta.url));
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
}

/** Runs one case in the worker; a case that outlives `timeoutMs` terminates it (a fresh one is started) and fails. */
async function extractInWorker(text: string, timeoutMs = CASE_TIMEOUT_MS): Promise<CaseResult> {
  const id = ++nextId;
  return new Promise<CaseResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.off('message', onMessage);
      void worker
        .terminate()
        .then(startWorker)
        .finally(() => reject(new Error(`extraction did not finish within ${timeoutMs} ms for: ${text}`)));
    }, timeoutMs);
    const onMessage = (m: { id?: number; ok?: boolean; result?: CaseResult; error?: string }) => {
      if (m.id !== id) return;
      clearTimeout(timer);
      worker.off('message', onMessage);
      if (m.ok && m.result) resolve(m.result);
      else reject(new Error(`extractor crashed for ${text}:\n${m.error ?? ''}`));
    };
    worker.on('message', onMessage);
    worker.postMessage({ id, typeText: text });
  });
}

beforeAll(startWorker, 60_000);
afterAll(async () => {
  await worker.terminate();
});

const ajv = new Ajv2020({ strict: false, allErrors: true, ownProperties: true });
addFormats.default(ajv);

describe('fuzzed payload types', () => {
  it('the grammar and its samples agree with TypeScript (sanity of the generator itself)', async () => {
    const r = await extractInWorker('{ "a b"?: (Date | null); items: Array<Record<string, (1 | "x")>> }');
    expect(r.tsErrors).toEqual([]);
    expect(r.schema).not.toBeNull();
  });

  it('the per-case bound really stops a case that never returns', async () => {
    await expect(extractInWorker(HANG, 500)).rejects.toThrow(/did not finish within 500 ms/);
    // The replacement worker serves the next case.
    expect((await extractInWorker('{ a: string }')).schema).not.toBeNull();
  });

  it(
    'extraction terminates, does not crash, and the schema accepts the JSON of a sample',
    async () => {
      await fc.assert(
        fc.asyncProperty(caseArb, async ({ t, sample }) => {
          const text = typeText(t);
          const result = await extractInWorker(text);
          expect(result.tsErrors, text).toEqual([]);
          const schema = result.schema;
          expect(schema, text).not.toBeNull();
          const errors = result.diagnostics.filter((d) => d.severity === 'error');
          expect(errors, text).toEqual([]);
          const validate = ajv.compile(schema as object);
          const json: unknown = JSON.parse(JSON.stringify(sample));
          const ok = validate(json);
          expect(ok, `${text}\nvalue: ${JSON.stringify(json)}\nschema: ${JSON.stringify(schema)}\n${ajv.errorsText(validate.errors)}`).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    RUNS * CASE_TIMEOUT_MS,
  );
});
