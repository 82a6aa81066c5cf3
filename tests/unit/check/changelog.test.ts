import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRelease, formatChangelogJson, parseChangelog, toRelease, type Changelog } from '../../../generator/check/changelog-file.ts';
import { diffModels } from '../../../generator/check/diff-models.ts';
import { main } from '../../../generator/cli.ts';
import { event, model } from './make-model.ts';
import { gitIn, HOOK_TIMEOUT, makeRepo } from './git-repo.ts';

const set = diffModels(model([event('a.old')]), model([event('a.new')]), {
  base: { ref: 'v1', commit: 'a'.repeat(40) },
  head: { ref: 'v2', commit: 'b'.repeat(40) },
});

describe('changelog file', () => {
  it('accepts a bare change set (diff --format json) as one release titled after the head ref', () => {
    const parsed = parseChangelog(JSON.parse(JSON.stringify(set)));
    expect(parsed).toEqual({ changelog: { version: 1, releases: [{ ...toRelease(set, null, null), title: 'v2', date: null }] } });
  });

  it('puts a new release first and replaces one with the same title; the JSON round-trips', () => {
    const one = addRelease(null, toRelease(set, 'v2', '2026-11-01'));
    const two = addRelease(one, toRelease({ ...set, changes: [], summary: { changes: 0, breaking: 0, notable: 0, events: 0 } }, 'v3', null));
    const again = addRelease(two, toRelease(set, 'v2', '2026-11-02'));
    expect(again.releases.map((r) => [r.title, r.date])).toEqual([
      ['v2', '2026-11-02'],
      ['v3', null],
    ]);
    const text = formatChangelogJson(again);
    expect(parseChangelog(JSON.parse(text))).toEqual({ changelog: again });
    expect(formatChangelogJson((parseChangelog(JSON.parse(text)) as { changelog: Changelog }).changelog)).toBe(text);
  });

  it('names the first problem of a malformed file', () => {
    expect(parseChangelog({ version: 1, releases: [{ title: 'x' }] })).toEqual({ problem: expect.stringMatching(/^releases\.0\.\w+: Required/) });
    const release = toRelease(set, 'v2', '12/01/2026');
    expect(parseChangelog({ version: 1, releases: [release] })).toEqual({ problem: 'releases.0.date: must be a date written YYYY-MM-DD' });
    const ok = toRelease(set, 'v2', null);
    expect(parseChangelog({ version: 1, releases: [ok, ok] })).toEqual({ problem: 'releases: the title "v2" appears twice' });
  });
});

// diff --changelog records a release; generate turns it into a page, per-event notes and a sidebar link.
describe('changelog in the generated site', () => {
  let repo: string;
  let configFile: string;
  const changelogFile = () => path.join(repo, 'webhook-docs.changelog.json');
  const read = (rel: string) => readFileSync(path.join(repo, rel), 'utf8');
  async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }
  beforeAll(() => {
    repo = makeRepo();
    configFile = path.join(repo, 'webhook-docs.config.json');
  }, HOOK_TIMEOUT);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('no changelog file: no page, no sidebar link', async () => {
    expect((await cli('generate', '--config', configFile)).code).toBe(0);
    expect(existsSync(path.join(repo, 'content/reference/changelog.mdx'))).toBe(false);
    expect(read('content/sidebar.json')).not.toContain('Changelog');
    expect(read('content/events/order.paid.mdx')).not.toContain('## Changelog');
  });

  it('records a release, then renders it deterministically', async () => {
    const rec = await cli('diff', '--config', configFile, '--base', 'rev1', '--head', 'rev2', '--changelog', changelogFile(), '--release', 'v2.0.0', '--date', '2026-12-01');
    expect(rec.code).toBe(0);
    expect(rec.err).toContain('Recorded 7 change(s) as release "v2.0.0"');
    const file = parseChangelog(JSON.parse(readFileSync(changelogFile(), 'utf8'))) as { changelog: Changelog };
    expect(file.changelog.releases.map((r) => [r.title, r.date, r.summary.breaking])).toEqual([['v2.0.0', '2026-12-01', 5]]);

    expect((await cli('generate', '--config', configFile)).code).toBe(0);
    const short = (ref: string) => gitIn(repo, 'rev-parse', '--short=7', ref);
    const page = read('content/reference/changelog.mdx');
    expect(page).toContain('webhook:\n  kind: "changelog"\n');
    expect(page).toContain(`## v2.0.0\n\n**2026-12-01** · compared \`rev1\` (${short('rev1')}) with \`rev2\` (${short('rev2')}).\n\n7 changes in 3 events, 5 breaking.\n`);
    expect(page).toContain('| **Breaking** | [`order.paid`](/events/order.paid/) | type changed | `amount` | `number` | `string` |');
    expect(page).toContain('| **Breaking** | [`order.created`](/events/order.created/) | field removed | `note` | `string` | |');
    expect(page).toContain('| **Notable** | [`order.paid`](/events/order.paid/) | enum value added | `status` | | `"refunded"` |');
    expect(page).toContain('| **Notable** | [`order.refunded`](/events/order.refunded/) | event added | | | |');

    const paid = read('content/events/order.paid.mdx');
    expect(paid).toContain(
      '## Changelog\n\n- **v2.0.0** (2026-12-01): Field `amount` of `order.paid` changed type from number to string. **Breaking**\n',
    );
    expect(paid.indexOf('## Changelog')).toBeLessThan(paid.indexOf('## Related events'));
    expect(read('content/events/order.refunded.mdx')).toContain('- **v2.0.0** (2026-12-01): Event `order.refunded` added. **Notable**');
    const sidebar = JSON.parse(read('content/sidebar.json')) as { sidebar: { label: string; items?: { label: string; link: string }[] }[] };
    expect(sidebar.sidebar.find((s) => s.label === 'Reference')?.items?.map((i) => i.label).slice(0, 4)).toEqual(['Envelope', 'Retries', 'Subscribing', 'Changelog']);

    // Both pages are valid MDX (the table's `|` inside code, the arrows, the JSON-encoded enum values).
    for (const mdx of [page, paid]) await expect(compile(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''), { remarkPlugins: [remarkGfm] })).resolves.toBeDefined();

    const again = await cli('generate', '--config', configFile);
    expect(again.out).toMatch(/^Wrote 0 file\(s\), deleted 0, \d+ unchanged/);
    expect((await cli('generate', '--config', configFile, '--check')).code).toBe(0);
  });

  it('a broken changelog fails generate with WD208; diff refuses to overwrite it', async () => {
    writeFileSync(changelogFile(), JSON.stringify({ version: 1, releases: [{ title: 'v1' }] }));
    const gen = await cli('generate', '--config', configFile);
    expect(gen.code).toBe(1);
    expect(gen.err).toContain('error WD208: Changelog webhook-docs.changelog.json is not a webhook-docs changelog: releases.0.');
    const diff = await cli('diff', '--config', configFile, '--base', 'rev1', '--changelog', changelogFile());
    expect(diff.code).toBe(2);
    expect(diff.err).toContain('error WD208:');
    expect(readFileSync(changelogFile(), 'utf8')).toBe(JSON.stringify({ version: 1, releases: [{ title: 'v1' }] }));
    expect((await cli('diff', '--config', configFile, '--base', 'rev1', '--release', 'v3')).code).toBe(2);
    expect((await cli('diff', '--config', configFile, '--base', 'rev1', '--changelog', changelogFile(), '--date', 'yesterday')).code).toBe(2);
  });
});
