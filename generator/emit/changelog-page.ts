/**
 * content/reference/changelog.mdx: the schema changes of each release recorded in the changelog file,
 * newest first, with the ones that break subscribers marked.
 */
import type { RootContent } from 'mdast';
import type { Changelog, ChangelogRelease } from '../check/changelog-file.ts';
import type { Revision } from '../check/change-set.ts';
import { OUTPUT_PATHS } from '../site-contract.ts';
import { changeCells } from './change-inline.ts';
import type { EmitContext } from './emit-context.ts';
import { eventLink } from './event-page.ts';
import { H2_TOC } from './page-frontmatter.ts';
import { code, heading, link, paragraph, root, strong, table, type Inline } from './mdast-build.ts';
import { serializeMdx } from './serialize-mdx.ts';

/** Where the page is written (below the output directory) and its URL. */
export const CHANGELOG_PAGE = { file: `${OUTPUT_PATHS.referenceDir}/changelog.mdx`, url: '/reference/changelog/' } as const;

/** The MDX text of the changelog page. */
export function renderChangelogPage(changelog: Changelog, ctx: EmitContext): string {
  const children: RootContent[] = [
    paragraph(
      'Every change to an event or a payload field between releases, computed from the source by ',
      code('webhook-docs diff'),
      '. ',
      strong('Breaking'),
      ' changes can break a subscriber: a removed event, field or enum value, a changed type, a field that became optional or nullable, an event removed from the catalog. ',
      strong('Notable'),
      ' changes break nothing, but deserve a look (a new event, a new enum value an exhaustive ',
      code('switch'),
      ' does not handle yet).',
    ),
  ];
  if (changelog.releases.length === 0) children.push(paragraph('No release has been recorded yet.'));
  for (const release of changelog.releases) children.push(...renderRelease(release, ctx));
  const frontmatter = {
    title: 'Changelog',
    description: 'Changes to webhook events and payload fields, release by release, with breaking changes marked.',
    slug: 'reference/changelog',
    tableOfContents: { ...H2_TOC },
    webhook: { kind: 'changelog' },
  };
  return serializeMdx(frontmatter, root(children));
}

function renderRelease(release: ChangelogRelease, ctx: EmitContext): RootContent[] {
  const out: RootContent[] = [heading(2, release.title)];
  const meta: Inline[] = [];
  if (release.date) meta.push(strong(release.date), ' · ');
  meta.push('compared ', ...revision(release.base), ' with ', ...revision(release.head), '.');
  out.push(paragraph(...meta));
  const { changes, breaking, events } = release.summary;
  if (changes === 0) {
    out.push(paragraph('No schema changes.'));
    return out;
  }
  out.push(paragraph(`${plural(changes, 'change')} in ${plural(events, 'event')}, ${breaking} breaking.`));
  out.push(
    table(
      ['Impact', 'Event', 'Change', 'Field', 'Before', 'After'],
      release.changes.map((c) => changeCells(c, eventLink(c.event, ctx))),
    ),
  );
  return out;
}

function revision(r: Revision): Inline[] {
  if (r.commit === null) return [r.ref === null ? 'the working tree' : code(r.ref)];
  const short = r.commit.slice(0, 7);
  return r.ref === null ? [code(short)] : [code(r.ref), ` (${short})`];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A link to the changelog page. */
export const changelogLink = (...parts: Inline[]) => link(CHANGELOG_PAGE.url, ...parts);
