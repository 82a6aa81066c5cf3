/**
 * Writes a deterministic synthetic platform shaped like examples/orbit, at N webhook events:
 * the catalog constant with JSDoc and `// == Group ==` headers, one service file per ~10 events in
 * `apps/<app>/src/`, payload interfaces of 5–30 fields, and the same dispatch functions and call patterns.
 * Usage: `npx tsx bench/make-monorepo.ts --events 1000 --out bench/out/mono-1000 [--seed 1]`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Rng } from './lib/rng.ts';
import {
  ACTIONS, APPS, DESCRIPTION_TAILS, DOMAINS, ENUMS, FIELD_DOCS, FIELDS, NESTED_FIELDS, OBJECTS, QUALIFIERS,
  type FieldKind,
} from './lib/vocabulary.ts';

/** One payload field as the bench's bare Starlight site documents it (a flat row, nested fields by dotted path). */
export interface ManifestField {
  path: string;
  type: string;
  required: boolean;
  description: string | null;
}

/** One event of the synthetic platform, as written into the catalog and the service files. */
export interface ManifestEvent {
  name: string;
  constant: string;
  group: string;
  description: string | null;
  deprecated: string | null;
  /** Service file (relative to the project root) that dispatches it. */
  file: string;
  /** Call pattern of its dispatch site. */
  pattern: Pattern;
  fields: ManifestField[];
  sample: Record<string, unknown>;
}

/** What make-monorepo writes next to the project (`bench-manifest.json`): the ground truth the bench checks against. */
export interface Manifest {
  events: ManifestEvent[];
  groups: string[];
  serviceFiles: string[];
}

/** How an event is dispatched (the patterns examples/orbit uses). */
export type Pattern = 'literal' | 'jobs' | 'objectMap' | 'wrapper' | 'ternary' | 'forOf';

export interface MakeMonorepoOptions {
  events: number;
  outDir: string;
  seed?: number;
}

interface Field {
  name: string;
  kind: FieldKind;
  optional: boolean;
  nullable: boolean;
  doc: string | null;
  /** For enum fields: the literal values; for objects: the sub-fields. */
  values: readonly string[];
  nested: { name: string; kind: 'string' | 'number' | 'boolean' | 'date' | 'enum'; optional: boolean; values: readonly string[] }[];
}

interface EventSpec {
  name: string;
  constant: string;
  typeName: string;
  group: string;
  description: string | null;
  deprecated: string | null;
  since: string | null;
  fields: Field[];
  /** When it shares its payload type with the previous event (ternary / for…of pairs). */
  sharesPayloadWith: EventSpec | null;
  pattern: Pattern;
  file: string;
}

interface GroupSpec {
  name: string;
  prefix: string;
  note: string | null;
  events: EventSpec[];
  app: string;
  file: string;
}

const pascal = (s: string): string =>
  s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
const constantCase = (s: string): string => s.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
const title = (s: string): string => s.split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');

/** Generates the project into `outDir` (removed first) and returns its manifest. */
export function makeMonorepo(options: MakeMonorepoOptions): Manifest {
  const rng = new Rng(options.seed ?? 1);
  const groups = planGroups(rng, options.events);
  const outDir = path.resolve(options.outDir);
  rmSync(outDir, { recursive: true, force: true });
  const files = new Map<string, string>();
  files.set('tsconfig.json', tsconfig());
  files.set('package.json', `${JSON.stringify({ name: 'synthetic-platform', private: true, type: 'module' }, null, 2)}\n`);
  files.set('webhook-docs.config.json', webhookDocsConfig());
  files.set('packages/shared/src/constants.ts', catalogFile(groups));
  files.set('packages/shared/src/types.ts', SHARED_TYPES);
  files.set('packages/shared/src/index.ts', SHARED_INDEX);
  files.set('packages/webhooks/src/dispatch.ts', DISPATCH);
  files.set('packages/webhooks/src/jobs.ts', JOBS);
  files.set('packages/webhooks/src/retry-policy.ts', RETRY_POLICY);
  files.set('packages/webhooks/src/envelope.ts', ENVELOPE);
  files.set('packages/webhooks/src/index.ts', WEBHOOKS_INDEX);
  for (const group of groups) files.set(group.file, serviceFile(group));
  const manifest = buildManifest(groups);
  files.set('bench-manifest.json', `${JSON.stringify(manifest, null, 1)}\n`);
  for (const [rel, text] of files) {
    const abs = path.join(outDir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return manifest;
}

// ---------------------------------------------------------------------------------------------
// Planning: groups, events, fields, call patterns (all decisions drawn from the seeded Rng).

function planGroups(rng: Rng, total: number): GroupSpec[] {
  const groups: GroupSpec[] = [];
  const usedPrefixes = new Set<string>();
  const usedTypeNames = new Set<string>();
  // `push.export_created` and `push_export.created` share a constant name; keep constants unique platform-wide.
  const usedConstants = new Set<string>();
  const appCount = Math.max(3, Math.min(APPS.length * 4, Math.ceil(total / 60)));
  let remaining = total;
  let index = 0;
  while (remaining > 0) {
    const size = Math.min(remaining, remaining <= 14 ? remaining : rng.int(6, 14));
    remaining -= size;
    const domain = DOMAINS[index % DOMAINS.length]!;
    const round = Math.floor(index / DOMAINS.length);
    const qualifier = QUALIFIERS[round % QUALIFIERS.length]!;
    let prefix = qualifier ? `${domain}_${qualifier}` : domain;
    if (round >= QUALIFIERS.length) prefix = `${prefix}${Math.floor(round / QUALIFIERS.length) + 1}`;
    if (usedPrefixes.has(prefix)) throw new Error(`duplicate prefix ${prefix}`);
    usedPrefixes.add(prefix);
    const appIndex = index % appCount;
    const app = `${APPS[appIndex % APPS.length]!}${appIndex >= APPS.length ? Math.floor(appIndex / APPS.length) + 1 : ''}`;
    const group: GroupSpec = {
      name: title(prefix),
      prefix,
      note: rng.chance(0.15) ? `${title(prefix)} events (migration ${String(rng.int(10, 400)).padStart(3, '0')}).` : null,
      events: [],
      app,
      file: `apps/${app}/src/${prefix.replace(/_/g, '-')}-service.ts`,
    };
    const names = new Set<string>();
    while (names.size < size) {
      const object = rng.pick(OBJECTS);
      const action = rng.pick(ACTIONS);
      const name = `${prefix}.${object ? `${object}_` : ''}${action}`;
      if (names.has(name) || usedConstants.has(constantCase(name))) continue;
      names.add(name);
      usedConstants.add(constantCase(name));
    }
    for (const name of names) group.events.push(planEvent(rng, name, group, usedTypeNames));
    planPatterns(rng, group);
    groups.push(group);
    index++;
  }
  // One recursive payload field somewhere in the platform (about one event in a hundred has it).
  const all = groups.flatMap((g) => g.events.filter((e) => e.sharesPayloadWith === null));
  for (let i = 0; i < all.length; i += 97) {
    all[i]!.fields.push({ name: 'flow', kind: 'flow', optional: false, nullable: false, doc: 'The flow graph after the change.', values: [], nested: [] });
  }
  return groups;
}

function planEvent(rng: Rng, name: string, group: GroupSpec, usedTypeNames: Set<string>): EventSpec {
  let typeName = `${pascal(name)}Payload`;
  for (let n = 2; usedTypeNames.has(typeName); n++) typeName = `${pascal(name)}${n}Payload`;
  usedTypeNames.add(typeName);
  const documented = rng.chance(0.62);
  const [object, action] = splitName(name, group.prefix);
  const description = documented
    ? `Fired when ${object ? `the ${object.replace(/_/g, ' ')} of ` : ''}a ${group.prefix.replace(/_/g, ' ')} is ${action}.${rng.chance(0.5) ? ` ${rng.pick(DESCRIPTION_TAILS)}` : ''}`
    : null;
  const previous = group.events[group.events.length - 1];
  const deprecated = documented && previous && rng.chance(0.03) ? `Use ${constantCase(previous.name)} instead.` : null;
  return {
    name,
    constant: constantCase(name),
    typeName,
    group: group.name,
    description,
    deprecated,
    since: documented && rng.chance(0.1) ? `2026-0${rng.int(1, 9)}` : null,
    fields: planFields(rng),
    sharesPayloadWith: null,
    pattern: 'literal',
    file: group.file,
  };
}

function splitName(name: string, prefix: string): [string, string] {
  const rest = name.slice(prefix.length + 1);
  const action = ACTIONS.find((a) => rest === a || rest.endsWith(`_${a}`)) ?? rest;
  return [rest === action ? '' : rest.slice(0, rest.length - action.length - 1), action];
}

function planFields(rng: Rng): Field[] {
  const count = rng.int(5, 30);
  const fields: Field[] = [
    { name: 'id', kind: 'string', optional: false, nullable: false, doc: FIELD_DOCS[0]!, values: [], nested: [] },
    { name: 'tenant_id', kind: 'string', optional: false, nullable: false, doc: null, values: [], nested: [] },
    { name: 'occurred_at', kind: 'date', optional: false, nullable: false, doc: FIELD_DOCS[1]!, values: [], nested: [] },
  ];
  for (const [name, kind] of rng.sample(FIELDS, count - fields.length)) {
    fields.push({
      name,
      kind,
      optional: rng.chance(0.2),
      nullable: rng.chance(0.15),
      doc: rng.chance(0.4) ? rng.pick(FIELD_DOCS.slice(2)) : null,
      values: kind === 'enum' ? rng.pick(ENUMS) : [],
      nested:
        kind === 'object'
          ? rng.sample(NESTED_FIELDS, rng.int(2, 5)).map(([n, k]) => ({ name: n, kind: k, optional: rng.chance(0.25), values: k === 'enum' ? rng.pick(ENUMS) : [] }))
          : [],
    });
  }
  return fields;
}

/** Chooses how each event is dispatched; ternary and for…of take two events sharing one payload type. */
function planPatterns(rng: Rng, group: GroupSpec): void {
  const events = group.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const next = events[i + 1];
    const r = rng.next();
    if (next && r < 0.09) {
      event.pattern = 'ternary';
    } else if (next && r < 0.18) {
      event.pattern = 'forOf';
    } else {
      event.pattern = r < 0.33 ? 'jobs' : r < 0.45 ? 'objectMap' : r < 0.55 ? 'wrapper' : 'literal';
      continue;
    }
    next.pattern = event.pattern;
    next.sharesPayloadWith = event;
    i++;
  }
}

// ---------------------------------------------------------------------------------------------
// Writing: TypeScript source text (bench tooling, not user-facing MDX, so string building is fine here).

function tsconfig(): string {
  return `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        types: [],
        skipLibCheck: true,
        isolatedModules: true,
        paths: {
          '@platform/shared': ['./packages/shared/src/index.ts'],
          '@platform/webhooks': ['./packages/webhooks/src/index.ts'],
        },
      },
      include: ['packages/*/src/**/*.ts', 'apps/*/src/**/*.ts'],
    },
    null,
    2,
  )}\n`;
}

function webhookDocsConfig(): string {
  return `${JSON.stringify(
    {
      root: '.',
      tsconfig: 'tsconfig.json',
      catalog: { file: 'packages/shared/src/constants.ts', export: 'WEBHOOK_EVENT_TYPES' },
      dispatchers: [
        { name: 'dispatchTenantWebhook', module: 'packages/webhooks/src/dispatch.ts', event: 1, payload: 2 },
        { name: 'buildWebhookJobs', module: 'packages/webhooks/src/jobs.ts', event: 'event', payload: 'payload' },
      ],
      retryPolicy: { file: 'packages/webhooks/src/retry-policy.ts', delays: 'WEBHOOK_RETRY_DELAYS_MS', unit: 'ms', maxAttempts: 'WEBHOOK_MAX_ATTEMPTS' },
      envelope: {
        file: 'packages/webhooks/src/envelope.ts',
        type: 'WebhookEnvelope',
        maxBytes: 'WEBHOOK_MAX_PAYLOAD_BYTES',
        pointerFields: 'TRUNCATION_POINTER_FIELDS',
      },
      site: {
        title: 'Synthetic Platform Webhooks',
        description: 'A synthetic platform for the webhook-docs benchmark.',
        url: 'https://docs.synthetic.example',
        sourceUrl: 'https://github.com/synthetic/platform/blob/main/{file}#L{line}',
      },
      outDir: 'site',
      coverage: { minEvents: 0 },
    },
    null,
    2,
  )}\n`;
}

function jsdoc(lines: string[], indent: string): string {
  if (lines.length === 1 && lines[0]!.length < 90) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}\n`).join('')}${indent} */\n`;
}

function catalogFile(groups: GroupSpec[]): string {
  let out = `/**
 * Canonical list of webhook event types the platform emits, grouped by surface.
 * Subscribing an endpoint to a name outside this list is rejected with a 422.
 */
export const WEBHOOK_EVENT_TYPES = [
`;
  groups.forEach((group, gi) => {
    if (gi > 0) out += '\n';
    out += `  // == ${group.name} ==\n`;
    for (const [ei, event] of group.events.entries()) {
      if (ei === 0 && group.note) out += `  // ${group.note}\n`;
      const doc: string[] = [];
      if (event.description) doc.push(event.description);
      if (event.since) doc.push(`@since ${event.since}`);
      if (event.deprecated) doc.push(`@deprecated ${event.deprecated}`);
      if (doc.length) out += jsdoc(doc, '  ');
      out += `  '${event.name}',\n`;
    }
  });
  out += `] as const;

/** One of the webhook event names in {@link WEBHOOK_EVENT_TYPES}. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Constant names for every webhook event (\`WEBHOOK_EVENTS.MESSAGE_CREATED\`). */
export const WEBHOOK_EVENTS = {
`;
  for (const group of groups) for (const event of group.events) out += `  ${event.constant}: '${event.name}',\n`;
  return `${out}} as const;\n`;
}

function fieldType(field: Field): string {
  switch (field.kind) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'Date';
    case 'enum':
      return field.values.map((v) => `'${v}'`).join(' | ');
    case 'strings':
      return 'string[]';
    case 'record':
      return 'Metadata';
    case 'money':
      return 'Money';
    case 'address':
      return 'Address';
    case 'actor':
      return 'Actor';
    case 'lineItems':
      return 'LineItem[]';
    case 'flow':
      return 'FlowNode';
    case 'object':
      return `{\n${field.nested
        .map((n) => `    ${n.name}${n.optional ? '?' : ''}: ${n.kind === 'date' ? 'Date' : n.kind === 'enum' ? n.values.map((v) => `'${v}'`).join(' | ') : n.kind};\n`)
        .join('')}  }`;
  }
}

function serviceFile(group: GroupSpec): string {
  const lines: string[] = [];
  const usesWrapper = group.events.some((e) => e.pattern === 'wrapper');
  const usesJobs = group.events.some((e) => e.pattern === 'jobs');
  const webhookImports = ['dispatchTenantWebhook', ...(usesJobs ? ['buildWebhookJobs', 'type WebhookJob'] : [])];
  lines.push(`/** ${group.name} service: state changes of ${group.prefix.replace(/_/g, ' ')} resources, announced as webhooks. */`);
  lines.push(`import { ${webhookImports.join(', ')} } from '@platform/webhooks';`);
  lines.push(`import { WEBHOOK_EVENTS, type WebhookEventType } from '@platform/shared';`);
  lines.push(`import type { Actor, Address, FlowNode, LineItem, Metadata, Money } from '@platform/shared';`);
  lines.push('');
  lines.push(`// Keeps the type-only imports used in files whose payloads happen not to need them.`);
  lines.push(`export type ${pascal(group.prefix)}SharedTypes = [Actor, Address, FlowNode, LineItem, Metadata, Money];`);
  lines.push('');
  if (usesWrapper) {
    lines.push(`/** Adds the ${group.name} audit trail before handing the event to the dispatcher. */`);
    lines.push(`async function emit${pascal(group.prefix)}Webhook<T extends object>(tenantId: string, event: WebhookEventType, payload: T): Promise<void> {`);
    lines.push('  await dispatchTenantWebhook(tenantId, event, payload);');
    lines.push('}');
    lines.push('');
  }
  for (const event of group.events) {
    if (event.sharesPayloadWith) {
      lines.push(`/** Payload of \`${event.name}\` (same shape as \`${event.sharesPayloadWith.name}\`). */`);
      lines.push(`export type ${event.typeName} = ${event.sharesPayloadWith.typeName};`);
      lines.push('');
      continue;
    }
    lines.push(`/** Payload of \`${event.name}\`. */`);
    lines.push(`export interface ${event.typeName} {`);
    for (const f of event.fields) {
      if (f.doc) lines.push(`  /** ${f.doc} */`);
      lines.push(`  ${f.name}${f.optional ? '?' : ''}: ${fieldType(f)}${f.nullable ? ' | null' : ''};`);
    }
    lines.push('}');
    lines.push('');
  }
  for (let i = 0; i < group.events.length; i++) {
    const event = group.events[i]!;
    const fn = `on${pascal(event.name)}`;
    const payloadType = event.typeName;
    switch (event.pattern) {
      case 'literal':
        lines.push(`export async function ${fn}(tenantId: string, payload: ${payloadType}): Promise<void> {`);
        lines.push(`  await dispatchTenantWebhook(tenantId, '${event.name}', payload);`);
        lines.push('}');
        break;
      case 'jobs':
        lines.push(`export function ${fn}(tenantId: string, payload: ${payloadType}): WebhookJob[] {`);
        lines.push(`  return buildWebhookJobs({ tenantId, event: '${event.name}', payload });`);
        lines.push('}');
        break;
      case 'objectMap':
        lines.push(`export async function ${fn}(tenantId: string, payload: ${payloadType}): Promise<void> {`);
        lines.push(`  await dispatchTenantWebhook(tenantId, WEBHOOK_EVENTS.${event.constant}, payload);`);
        lines.push('}');
        break;
      case 'wrapper':
        lines.push(`export async function ${fn}(tenantId: string, payload: ${payloadType}): Promise<void> {`);
        lines.push(`  await emit${pascal(group.prefix)}Webhook(tenantId, '${event.name}', payload);`);
        lines.push('}');
        break;
      case 'ternary': {
        const other = group.events[++i]!;
        lines.push(`export async function ${fn}Or${pascal(other.name.slice(group.prefix.length + 1))}(tenantId: string, ok: boolean, payload: ${payloadType}): Promise<void> {`);
        lines.push(`  await dispatchTenantWebhook(tenantId, ok ? '${event.name}' : '${other.name}', payload);`);
        lines.push('}');
        break;
      }
      case 'forOf': {
        const other = group.events[++i]!;
        lines.push(`export async function ${fn}AndAfter(tenantId: string, payload: ${payloadType}): Promise<void> {`);
        lines.push(`  for (const event of ['${event.name}', '${other.name}'] as const) {`);
        lines.push('    await dispatchTenantWebhook(tenantId, event, payload);');
        lines.push('  }');
        lines.push('}');
        break;
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const SHARED_TYPES = `/** Free-form string metadata that tenants attach to resources (max 50 keys). */
export type Metadata = Record<string, string>;

/** An amount of money in minor units. */
export interface Money {
  /** Minor units (cents). */
  amount: number;
  currency: 'USD' | 'EUR' | 'GBP';
}

/** A postal address. */
export interface Address {
  line1: string;
  line2?: string | null;
  city: string;
  postal_code: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** Who made a change. */
export interface Actor {
  type: 'user' | 'api_key' | 'system';
  id: string;
  email?: string | null;
}

/** One line of an invoice or order. */
export interface LineItem {
  sku: string;
  quantity: number;
  unit_price: Money;
}

/** A node of a flow graph; flows nest (the one recursive type). */
export interface FlowNode {
  id: string;
  kind: 'start' | 'step' | 'branch' | 'end';
  /** Steps reachable from this one. */
  children: FlowNode[];
}
`;

const SHARED_INDEX = `export { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from './constants';
export type { WebhookEventType } from './constants';
export type { Actor, Address, FlowNode, LineItem, Metadata, Money } from './types';
`;

const DISPATCH = `import type { WebhookEventType } from '@platform/shared';
import { buildEnvelope } from './envelope';

/** Outcome of one fan-out. */
export interface DispatchResult {
  endpoints: number;
}

/**
 * Sends one event to every endpoint of the tenant subscribed to it.
 * The payload is serialized to JSON (Dates become ISO strings).
 */
export async function dispatchTenantWebhook<T extends object>(tenantId: string, event: WebhookEventType, payload: T): Promise<DispatchResult> {
  const envelope = buildEnvelope(event, payload);
  return { endpoints: tenantId.length > 0 && envelope.id.length > 0 ? 1 : 0 };
}
`;

const JOBS = `import type { WebhookEventType } from '@platform/shared';
import { buildEnvelope, type WebhookEnvelope } from './envelope';

/** One queued delivery. */
export interface WebhookJob {
  tenantId: string;
  envelope: WebhookEnvelope<object>;
  attempt: number;
}

/** Builds the delivery jobs for an event, for callers that enqueue inside a transaction. */
export function buildWebhookJobs<T extends object>(input: { tenantId: string; event: WebhookEventType; payload: T }): WebhookJob[] {
  return [{ tenantId: input.tenantId, envelope: buildEnvelope(input.event, input.payload), attempt: 1 }];
}
`;

const RETRY_POLICY = `/** Delay before each retry of a failed delivery, in milliseconds. */
export const WEBHOOK_RETRY_DELAYS_MS = [60000, 300000, 1800000, 7200000, 43200000] as const;

/** Total delivery attempts (the first one plus the retries). */
export const WEBHOOK_MAX_ATTEMPTS = 6;
`;

const ENVELOPE = `import type { WebhookEventType } from '@platform/shared';

/** Payloads larger than this many bytes are replaced by a pointer envelope. */
export const WEBHOOK_MAX_PAYLOAD_BYTES = 262144;

/** Identifier fields a pointer envelope keeps. */
export const TRUNCATION_POINTER_FIELDS = ['id', 'tenant_id'] as const;

/** What every endpoint receives. */
export interface WebhookEnvelope<T = unknown> {
  /** Unique per delivery; use it to deduplicate. */
  id: string;
  type: WebhookEventType;
  /** ISO 8601 timestamp. */
  created_at: string;
  data: T;
  /** True when \`data\` was replaced by its identifier fields. */
  truncated: boolean;
}

let sequence = 0;

/** Wraps a payload in the envelope. */
export function buildEnvelope<T>(event: WebhookEventType, payload: T): WebhookEnvelope<T> {
  sequence += 1;
  return { id: \`evt_\${sequence}\`, type: event, created_at: new Date(0).toISOString(), data: payload, truncated: false };
}
`;

const WEBHOOKS_INDEX = `export { dispatchTenantWebhook, type DispatchResult } from './dispatch';
export { buildWebhookJobs, type WebhookJob } from './jobs';
export { buildEnvelope, type WebhookEnvelope } from './envelope';
`;

// ---------------------------------------------------------------------------------------------
// The manifest: flat field rows and a sample per event, for the bare Starlight pages and the checks.

function manifestFields(fields: Field[]): ManifestField[] {
  const rows: ManifestField[] = [];
  for (const f of fields) {
    const type = f.kind === 'object' ? 'object' : f.kind === 'enum' ? f.values.map((v) => `"${v}"`).join(' | ') : fieldType(f);
    rows.push({ path: f.name, type: `${type}${f.nullable ? ' | null' : ''}`, required: !f.optional, description: f.doc });
    for (const n of f.nested) {
      const t = n.kind === 'date' ? 'string (date-time)' : n.kind === 'enum' ? n.values.map((v) => `"${v}"`).join(' | ') : n.kind;
      rows.push({ path: `${f.name}.${n.name}`, type: t, required: !n.optional, description: null });
    }
  }
  return rows;
}

const MONEY_SAMPLE = { amount: 1250, currency: 'USD' };
const ADDRESS_SAMPLE = { line1: '1 Main St', line2: null, city: 'Springfield', postal_code: '12345', country: 'US' };
const ACTOR_SAMPLE = { type: 'user', id: 'usr_123', email: 'ops@example.com' };

function sampleValue(kind: FieldKind | 'string' | 'number' | 'boolean' | 'date' | 'enum', name: string, values: readonly string[]): unknown {
  switch (kind) {
    case 'string':
      return name.endsWith('_id') || name === 'id' ? `${name.replace(/_id$/, '')}_123` : `example ${name}`;
    case 'number':
      return 3;
    case 'boolean':
      return false;
    case 'date':
      return '2026-05-30T14:03:11.402Z';
    case 'enum':
      return values[0] ?? 'value';
    case 'strings':
      return ['alpha', 'beta'];
    case 'record':
      return { source: 'crm' };
    case 'money':
      return MONEY_SAMPLE;
    case 'address':
      return ADDRESS_SAMPLE;
    case 'actor':
      return ACTOR_SAMPLE;
    case 'lineItems':
      return [{ sku: 'SKU-1', quantity: 2, unit_price: MONEY_SAMPLE }];
    case 'flow':
      return { id: 'n1', kind: 'start', children: [{ id: 'n2', kind: 'end', children: [] }] };
    case 'object':
      return {};
  }
}

function sample(fields: Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    out[f.name] =
      f.kind === 'object'
        ? Object.fromEntries(f.nested.map((n) => [n.name, sampleValue(n.kind, n.name, n.values)]))
        : sampleValue(f.kind, f.name, f.values);
  }
  return out;
}

function buildManifest(groups: GroupSpec[]): Manifest {
  return {
    groups: groups.map((g) => g.name),
    serviceFiles: groups.map((g) => g.file),
    events: groups.flatMap((g) =>
      g.events.map((e) => {
        const fields = (e.sharesPayloadWith ?? e).fields;
        return {
          name: e.name,
          constant: e.constant,
          group: g.name,
          description: e.description,
          deprecated: e.deprecated,
          file: e.file,
          pattern: e.pattern,
          fields: manifestFields(fields),
          sample: sample(fields),
        };
      }),
    ),
  };
}

// ---------------------------------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { events: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
    strict: true,
  });
  const events = Number(values.events);
  if (!Number.isInteger(events) || events < 1 || !values.out) {
    process.stderr.write('Usage: tsx bench/make-monorepo.ts --events <N> --out <dir> [--seed <n>]\n');
    process.exit(2);
  }
  const manifest = makeMonorepo({ events, outDir: values.out, seed: Number(values.seed) });
  process.stdout.write(`Wrote ${values.out}: ${manifest.events.length} events, ${manifest.groups.length} groups, ${manifest.serviceFiles.length} service files.\n`);
}
