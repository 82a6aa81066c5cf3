/**
 * Removed events (known from the changelog) keep a page at their old URL that names the release and the
 * replacement, so links from API error pages and old bookmarks do not end on a bare 404.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Changelog, ChangelogRelease } from '../../../generator/check/changelog-file.ts';
import type { Change } from '../../../generator/check/change-set.ts';
import { addChangelog } from '../../../generator/emit/add-changelog.ts';
import { buildEmitContext } from '../../../generator/emit/emit-context.ts';
import { removedEvents } from '../../../generator/emit/removed-event-pages.ts';
import { validateEventNames } from '../../../generator/emit/validate-event-names.ts';
import { webhookFrontmatterSchema } from '../../../generator/site-contract.ts';
import { makeConfig, makeModel } from './model-fixture.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wd-removed-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const change = (event: string, kind: Change['kind'], after: string | null = null): Change => ({
  event,
  kind,
  path: null,
  breaking: kind === 'event.removed',
  notable: true,
  before: null,
  after,
  message: `${event}: ${kind}`,
});
const release = (title: string, date: string | null, changes: Change[]): ChangelogRelease => ({
  title,
  date,
  base: { ref: null, commit: null },
  head: { ref: title, commit: null },
  summary: { changes: changes.length, breaking: changes.filter((c) => c.breaking).length, notable: changes.length, events: changes.length },
  changes,
});
// Newest first, as the changelog file keeps them.
const changelog: Changelog = {
  version: 1,
  releases: [
    release('v3.0.0', '2026-11-02', [change('credits.legacy', 'event.removed'), change('sms.old', 'event.removed'), change('../escape', 'event.removed'), change('message.delivered', 'event.removed')]),
    release('v2.0.0', null, [change('credits.legacy', 'event.deprecated', 'balance.topped_up'), change('sms.old', 'event.removed')]),
  ],
};

const model = makeModel();
const ctx = buildEmitContext(model, makeConfig(tmp), validateEventNames(model.events).accepted, []);
const plan = addChangelog(new Map(), changelog, ctx);
const frontmatterOf = (mdx: string) => yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '') as Record<string, unknown>;

describe('removed event pages', () => {
  it('finds each removed event once, with its latest removal and the replacement from its deprecation', () => {
    expect(removedEvents(changelog, new Set(ctx.byName.keys()))).toEqual([
      { name: 'credits.legacy', release: 'v3.0.0', date: '2026-11-02', replacement: 'balance.topped_up' },
      { name: 'sms.old', release: 'v3.0.0', date: '2026-11-02', replacement: null },
    ]);
  });

  it('writes a page at the old URL, never for a live event or an unsafe name', () => {
    expect([...plan.keys()].filter((f) => f.startsWith('content/events/'))).toEqual(['content/events/credits.legacy.mdx', 'content/events/sms.old.mdx']);
  });

  it('says when it was removed and links the replacement; the frontmatter passes the site contract', async () => {
    const mdx = plan.get('content/events/credits.legacy.mdx') ?? '';
    const fm = frontmatterOf(mdx);
    expect(fm.slug).toBe('events/credits.legacy');
    expect(webhookFrontmatterSchema.parse(fm).webhook).toEqual({ kind: 'removed', name: 'credits.legacy', removedIn: 'v3.0.0', replacement: 'balance.topped_up' });
    expect(mdx).toContain('This event was removed in [v3.0.0](/reference/changelog/) (2026-11-02).');
    expect(mdx).toContain('Subscribe to [`balance.topped_up`](/events/balance.topped_up/) instead.');
    await expect(compile(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''))).resolves.toBeDefined();
    const bare = plan.get('content/events/sms.old.mdx') ?? '';
    expect(frontmatterOf(bare).webhook).toEqual({ kind: 'removed', name: 'sms.old', removedIn: 'v3.0.0', replacement: null });
    expect(bare).toContain('Nothing replaces it');
  });
});
