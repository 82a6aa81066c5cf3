/**
 * Issue 7, broken source: each breakage of the platform's code or layout is a clear message with
 * file:line and a hint, never a stack trace; fatal ones exit 2; what can still be extracted is still
 * written. Each case breaks one thing in a scratch copy of tests/fixtures/hardening-broken.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, copyFixture, edit, REPO, runCli } from './scratch.ts';

let dir = '';
afterEach(() => cleanup(dir));

async function generate(): Promise<{ code: number; out: string; err: string }> {
  return runCli(['generate', '--config', path.join(dir, 'webhook-docs.config.json')]);
}

/** Asserts a user-facing failure: no stack trace, no internal error class names. */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at \S+ \(|\n\s+at file:|RangeError|TypeError|ReferenceError/);
}

const rel = (p: string) => path.relative(process.cwd(), path.join(dir, p)).split(path.sep).join('/');

describe('broken platform source', () => {
  it('a syntax error in a service file: file:line:col + hint, the other events are still written, exit 1', async () => {
    dir = copyFixture('hardening-broken');
    writeFileSync(
      path.join(dir, 'src/billing.ts'),
      "import { dispatch } from './dispatch';\n\nexport function issue(tenant: string, id: string): void {\n  dispatch(tenant, 'invoice.issued', { invoice_id: id );\n}\n",
    );
    const r = await generate();
    expect(r.err).toContain(`${rel('src/billing.ts')}:4:`);
    expect(r.err).toMatch(/error WD105: Syntax error: .*expected/);
    expect(r.err).toMatch(/hint: Fix the syntax error/);
    expectNoStack(r.err);
    expect(r.code).toBe(1);
    const data = readFileSync(path.join(dir, 'content/event-data/order.paid.json'), 'utf8');
    expect(data).toContain('"path": "paid_at"');
  });

  it('a missing tsconfig: WD010 naming the key, exit 2', async () => {
    dir = copyFixture('hardening-broken');
    renameSync(path.join(dir, 'tsconfig.json'), path.join(dir, 'tsconfig.base.json'));
    const r = await generate();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error WD010: tsconfig not found: .*tsconfig\.json/);
    expect(r.err).toMatch(/hint: Set `tsconfig` in the config/);
    expectNoStack(r.err);
    expect(existsSync(path.join(dir, 'content'))).toBe(false);
  });

  it('an unreadable tsconfig: WD010, exit 2', async () => {
    dir = copyFixture('hardening-broken');
    writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { ');
    const r = await generate();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error WD010: Could not read tsconfig/);
    expectNoStack(r.err);
  });

  it('a type error does not stop extraction', async () => {
    dir = copyFixture('hardening-broken');
    appendFileSync(path.join(dir, 'src/billing.ts'), "export const wrong: number = 'a';\n");
    const r = await generate();
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(3 events\)/);
  });

  it('circular and infinitely expanding types: no crash, no hang, a located warning', async () => {
    dir = copyFixture('hardening-broken');
    appendFileSync(
      path.join(dir, 'src/billing.ts'),
      [
        'type Loop = Loop;',
        'type Tree = { name: string; children: Tree[]; parent?: Tree | null; sibling: Tree | null };',
        'type Deep<T> = { next: Deep<T[]>; value: T };',
        'export function loops(tenant: string, a: Loop, t: Tree, d: Deep<string>): void {',
        "  dispatch(tenant, 'order.created', a);",
        "  dispatch(tenant, 'order.paid', t);",
        "  dispatch(tenant, 'invoice.issued', d);",
        '}',
        '',
      ].join('\n'),
    );
    const model = await runCli(['extract', '--config', path.join(dir, 'webhook-docs.config.json')]);
    expect(model.code).toBe(0);
    const parsed = JSON.parse(model.out) as { events: { name: string; payloadSchema: unknown }[]; diagnostics: { code: string; message: string; location?: { file: string; line: number } }[] };
    expect(parsed.events.map((e) => e.name)).toEqual(['order.created', 'order.paid', 'invoice.issued']);
    const deep = parsed.diagnostics.find((d) => d.code === 'WD110' && /nests more than/.test(d.message));
    expect(deep?.location).toMatchObject({ file: 'src/billing.ts', line: 12 });
    // The recursive Tree gets a valid sample (no WD304) and a $ref schema.
    expect(JSON.stringify(parsed.events.find((e) => e.name === 'order.paid')?.payloadSchema)).toContain('$ref');
    const r = await generate();
    expectNoStack(r.err);
    expect(r.err).not.toMatch(/WD304: The sample payload of order\.paid/);
  });

  it('a payload typed any / unknown: WD103 warning at the call, the page is still written', async () => {
    dir = copyFixture('hardening-broken');
    appendFileSync(
      path.join(dir, 'src/billing.ts'),
      "export function untyped(tenant: string, a: any, u: unknown): void {\n  dispatch(tenant, 'order.paid', a);\n  dispatch(tenant, 'order.created', { raw: u });\n}\n",
    );
    const r = await generate();
    expect(r.code).toBe(0);
    expect(r.err).toMatch(new RegExp(`${rel('src/billing.ts')}:7:\\d+ - warning WD103: Payload payload is typed any`));
    expect(r.err).toMatch(new RegExp(`${rel('src/billing.ts')}:8:\\d+ - warning WD103: Payload payload\\.raw is typed unknown`));
    expect(r.err).toMatch(/hint: Give the payload/);
    expect(existsSync(path.join(dir, 'content/events/order.paid.mdx'))).toBe(true);
  });

  it('a configured dispatcher that does not exist: WD104 naming it and the module, with a hint', async () => {
    dir = copyFixture('hardening-broken');
    edit(path.join(dir, 'webhook-docs.config.json'), '"name": "dispatch"', '"name": "sendWebhook"');
    const r = await generate();
    // An error, not a warning: otherwise CI would publish a site where nothing is dispatched.
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error WD104: Dispatcher "sendWebhook" is not declared in src\/dispatch\.ts/);
    expect(r.err).toMatch(/hint: Fix `name`\/`module` of this entry in config\.dispatchers/);
    expectNoStack(r.err);
  });

  it('a catalog export that is not there: WD107 listing the exports, exit 2', async () => {
    dir = copyFixture('hardening-broken');
    edit(path.join(dir, 'webhook-docs.config.json'), '"export": "EVENTS"', '"export": "EVENT_LIST"');
    const r = await generate();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error WD107: Catalog export "EVENT_LIST" not found in src\/events\.ts/);
    expect(r.err).toMatch(/hint: Set `catalog\.export` to one of: EVENTS/);
    expectNoStack(r.err);
  });

  it('a catalog export that is not a list: WD107 at file:line, exit 2', async () => {
    dir = copyFixture('hardening-broken');
    writeFileSync(path.join(dir, 'src/events.ts'), '// The list moved.\nexport const EVENTS = 42;\n');
    const r = await generate();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/events\.ts:2:\d+ - error WD107: Catalog export "EVENTS" in src\/events\.ts is not a list of event names/);
    expect(r.err).toMatch(/hint: Point `catalog\.export` at/);
    expectNoStack(r.err);
  });

  it('a catalog file that does not exist: WD106, exit 2', async () => {
    dir = copyFixture('hardening-broken');
    edit(path.join(dir, 'webhook-docs.config.json'), '"src/events.ts"', '"src/missing.ts"');
    const r = await generate();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error WD106: Catalog file src\/missing\.ts does not exist/);
    expectNoStack(r.err);
  });

  it('through the real bin: exit code 2 and no stack trace on stderr', () => {
    dir = copyFixture('hardening-broken');
    renameSync(path.join(dir, 'tsconfig.json'), path.join(dir, 'tsconfig.base.json'));
    const r = spawnSync(process.execPath, [path.join(REPO, 'generator/bin.mjs'), 'generate'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error WD010: tsconfig not found/);
    expectNoStack(r.stderr);
  });
});
