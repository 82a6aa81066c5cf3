/**
 * content/reference/envelope.mdx: the envelope every delivery shares, and the pointer
 * envelope that replaces payloads over the size limit.
 */
import type { RootContent } from 'mdast';
import type { JsonValue } from '../model.ts';
import { fieldAnchor } from '../site-contract.ts';
import { envelopeSchemaOf } from './build-event-schema.ts';
import type { EmitContext } from './emit-context.ts';
import { formatBytes } from './event-page.ts';
import { flattenFields } from './flatten-fields.ts';
import { code, codeBlock, heading, jsxText, link, paragraph, root, table, type Inline } from './mdast-build.ts';
import { pageFrontmatter } from './page-frontmatter.ts';
import { oneLine } from './sanitize-text.ts';
import { serializeMdx } from './serialize-mdx.ts';
import { sourceLink } from './source-link.ts';
import { SAMPLE_TIMESTAMP, stableId, synthesizeSample } from './synthesize-sample.ts';

/** The MDX text of the envelope page. */
export function renderEnvelopePage(ctx: EmitContext): string {
  const envelope = ctx.model.envelope;
  const schema = envelopeSchemaOf(envelope);
  const children: RootContent[] = [];
  const intro: Inline[] = ['Every webhook delivery is one JSON object with the fields below. ', code('data'), ' holds the event-specific payload documented on each event’s page.'];
  if (envelope?.source) intro.push(' Defined at ', sourceLink(ctx.config, envelope.source.file, envelope.source.line), '.');
  else if (!envelope) intro.push(' The envelope type was not configured, so this is the default shape.');
  children.push(paragraph(...intro));

  children.push(heading(2, 'Fields'));
  const rows = flattenFields(schema);
  children.push(
    table(
      ['Field', 'Type', 'Required', 'Description'],
      rows.map((r) => {
        const anchor = fieldAnchor(r.path.replace(/\s+/g, '-'));
        return [[jsxText('a', { id: anchor, href: `#${anchor}`, class: 'field-anchor' }, code(r.path))], [code(r.type)], [r.required ? 'yes' : 'no'], [r.description ? oneLine(r.description) : '—']];
      }),
    ),
  );

  const first = ctx.events.find((e) => e.inCatalog && !e.deprecated) ?? ctx.events[0];
  const sample = first ? ctx.samples.get(first.name) : undefined;
  if (first && sample) {
    children.push(heading(2, 'Sample delivery'));
    children.push(paragraph('A ', link(`/events/${first.name}/`, code(first.name)), ' delivery:'));
    children.push(codeBlock('json', JSON.stringify(sample.delivery, null, 2), `title="${first.name}"`));
  }

  children.push(heading(2, 'Large payloads'));
  if (envelope?.maxPayloadBytes) {
    const size = formatBytes(envelope.maxPayloadBytes);
    children.push(
      paragraph(
        `When the serialized `,
        code('data'),
        ` exceeds ${size}, it is replaced by a pointer: the envelope carries `,
        code('truncated: true'),
        ', and ',
        code('data'),
        ' holds ',
        code('_truncated: true'),
        ', ',
        code('_original_bytes'),
        envelope.pointerFields.length ? ' and only these identifier fields (when the original payload had them): ' : '.',
        ...envelope.pointerFields.flatMap((f, i) => (i ? [', ', code(f)] : [code(f)])),
        envelope.pointerFields.length ? '.' : '',
        ' Fetch the full resource through the API with those identifiers.',
      ),
    );
    const name = first?.name ?? 'message.created';
    const data: { [key: string]: JsonValue } = { _truncated: true, _original_bytes: envelope.maxPayloadBytes + 153_600 };
    for (const f of envelope.pointerFields) data[f] = synthesizeSample({ type: 'string' }, { type: 'string' }, `${name.split('.')[0] ?? 'data'}.${f}`);
    const pointer = { id: `evt_${stableId(`${name}#pointer`)}`, type: name, created_at: SAMPLE_TIMESTAMP, truncated: true, data };
    children.push(codeBlock('json', JSON.stringify(pointer, null, 2), 'title="Pointer envelope"'));
  } else {
    children.push(paragraph('The source states no payload size limit, so payloads are always delivered in full.'));
  }

  children.push(heading(2, 'JSON Schema'));
  children.push(
    paragraph(
      'The envelope alone: ',
      link('/schemas/envelope.json', code('schemas/envelope.json')),
      '. Each event’s schema (',
      code('schemas/<event>.json'),
      ') is this envelope with ',
      code('data'),
      ' set to the event’s payload.',
    ),
  );
  return serializeMdx(pageFrontmatter('reference', 'Envelope', 'The envelope every webhook delivery shares, and the pointer envelope for large payloads.', 'reference/envelope'), root(children));
}
