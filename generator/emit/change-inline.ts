/** Phrasing content for one schema change: its message with `code` spans, or table cells. */
import type { PhrasingContent } from 'mdast';
import { CHANGE_KINDS, type Change } from '../check/change-set.ts';
import { code, strong, type Inline } from './mdast-build.ts';

/** The change's message with its backtick spans as inline code (plain text when the backticks do not pair up). */
export function changeMessage(c: Change): Inline[] {
  const parts = c.message.split('`');
  if (parts.length % 2 === 0) return [c.message];
  return parts.flatMap((p, i): Inline[] => (p === '' ? [] : i % 2 === 1 ? [code(p)] : [p]));
}

/** `Breaking` / `Notable` / nothing, for the impact column and the per-event notes. */
export function changeImpact(c: Change): PhrasingContent | null {
  if (c.breaking) return strong('Breaking');
  return c.notable ? strong('Notable') : null;
}

/** Cells of a changelog table row: impact, event, change, field, before, after. */
export function changeCells(c: Change, eventCell: PhrasingContent): Inline[][] {
  const impact = changeImpact(c);
  // Description texts are long prose: the table says that they changed, not how.
  const showValues = !c.kind.endsWith('description-changed');
  return [
    impact ? [impact] : [],
    [eventCell],
    [CHANGE_KINDS[c.kind].label],
    c.path === null ? [] : [code(c.path)],
    showValues && c.before ? [code(c.before)] : [],
    showValues && c.after ? [code(c.after)] : [],
  ];
}
