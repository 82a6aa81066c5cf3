/**
 * The baseline: a bare Starlight site (its own docsLoader, no custom components) with one plain MDX page per
 * event carrying the same text as our pages (description, payload table, sample, retries, dispatch site,
 * related events) and a sidebar of group links like ours. The ratio ours/bare is what our pages cost over the framework.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest, ManifestEvent } from '../make-monorepo.ts';
import { linkNodeModules } from './site-dir.ts';

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#6b46c1"/></svg>\n`;

/** MDX-escapes prose: braces and angle brackets would otherwise start expressions and JSX. */
const prose = (s: string): string => s.replace(/[\\{}<>*_[\]]/g, (c) => `\\${c}`);
const cell = (s: string): string => prose(s).replace(/\|/g, '\\|');

function eventPage(event: ManifestEvent, related: ManifestEvent[]): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(event.name)}`,
    `description: ${JSON.stringify(event.description ?? `The ${event.name} webhook event.`)}`,
    `slug: ${JSON.stringify(`events/${event.name}`)}`,
    '---',
    '',
    `**${prose(event.group)}**`,
    '',
  ];
  if (event.deprecated) lines.push(`> **Deprecated.** ${prose(event.deprecated)}`, '');
  lines.push(event.description ? prose(event.description) : 'No description in the source yet.', '');
  lines.push('## Payload', '', '| Field | Type | Required | Description |', '| --- | --- | --- | --- |');
  for (const f of event.fields) {
    lines.push(`| \`${f.path}\` | \`${f.type.replace(/\|/g, '\\|')}\` | ${f.required ? 'yes' : 'no'} | ${f.description ? cell(f.description) : ''} |`);
  }
  const envelope = { id: 'evt_1', type: event.name, created_at: '2026-05-30T14:03:11.402Z', data: event.sample, truncated: false };
  lines.push('', `\`\`\`json title="Sample ${event.name} payload"`, JSON.stringify(envelope, null, 2), '```', '');
  lines.push('## Retries', '', 'Delivered at least once; retried after 1m, 5m, 30m, 2h, 12h (6 attempts in total).', '');
  lines.push('## Dispatched from', '', `- [${event.file}](https://github.com/synthetic/platform/blob/main/${event.file})`, '');
  if (related.length) {
    lines.push('## Related events', '');
    for (const r of related) lines.push(`- [${r.name}](/events/${r.name}/)`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Variations of the baseline, to measure what a design choice costs (bench/site-variants.ts). */
export interface BareSiteOptions {
  /** Page files as MDX (default) or plain Markdown (no MDX module per page). */
  format: 'mdx' | 'md';
  /** Starlight's Expressive Code for code blocks (default on), or plain Shiki-free `<pre>`. */
  expressiveCode: boolean;
  pagefind: boolean;
}

export const DEFAULT_BARE_SITE: BareSiteOptions = { format: 'mdx', expressiveCode: true, pagefind: true };

/** Writes the bare site for a manifest into `dir` (replacing it). */
export function writeBareSite(manifest: Manifest, dir: string, repoRoot: string, options: BareSiteOptions = DEFAULT_BARE_SITE): void {
  rmSync(dir, { recursive: true, force: true });
  const docs = path.join(dir, 'src/content/docs');
  mkdirSync(path.join(docs, 'events'), { recursive: true });
  mkdirSync(path.join(dir, 'public'), { recursive: true });
  writeFileSync(path.join(dir, 'public/favicon.svg'), FAVICON);
  const byGroup = new Map<string, ManifestEvent[]>();
  for (const e of manifest.events) byGroup.set(e.group, [...(byGroup.get(e.group) ?? []), e]);
  for (const events of byGroup.values()) {
    events.forEach((e, i) => {
      const related = [events[i - 1], events[i + 1]].filter((r): r is ManifestEvent => r !== undefined);
      writeFileSync(path.join(docs, 'events', `${e.name}.${options.format}`), eventPage(e, related));
    });
  }
  writeFileSync(path.join(docs, 'index.mdx'), '---\ntitle: Synthetic Platform Webhooks\n---\n\nEvery webhook event the platform sends.\n');
  const sidebar = [
    { label: 'Overview', link: '/' },
    {
      label: 'Groups',
      items: [...byGroup.entries()].map(([g, events]) => ({ label: g, link: `/events/${events[0]!.name}/`, badge: String(events.length) })),
    },
  ];
  writeFileSync(path.join(dir, 'sidebar.json'), `${JSON.stringify(sidebar, null, 2)}\n`);
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `// Bare Starlight baseline written by bench/lib/bare-site.ts.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const sidebar = JSON.parse(readFileSync(new URL('./sidebar.json', import.meta.url), 'utf8'));

export default defineConfig({
  site: 'https://docs.synthetic.example',
  ${options.expressiveCode ? '' : "markdown: { syntaxHighlight: false },\n  "}integrations: [starlight({ title: 'Synthetic Platform Webhooks (bare Starlight)', favicon: '/favicon.svg', sidebar, pagefind: ${options.pagefind}${options.expressiveCode ? '' : ', expressiveCode: false'} })],
});
`,
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n`);
  linkNodeModules(dir, repoRoot);
}
