import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../generator/extract/first-sentence.ts';

describe('firstSentence (event summaries never cut mid-sentence)', () => {
  it.each([
    ['Fired when a message is accepted, e.g. by the API. It is queued next.', 'Fired when a message is accepted, e.g. by the API.'],
    ['Handed to the carrier (v1.2 and later. Really.) Then more. Rest.', 'Handed to the carrier (v1.2 and later. Really.) Then more.'],
    ['Uses `a.b. c` inside code. Next.', 'Uses `a.b. c` inside code.'],
    ['Signed by J. Smith. Next.', 'Signed by J. Smith.'],
    ['Costs 1.5 credits per segment! Next.', 'Costs 1.5 credits per segment!'],
    ['No sentence end here', 'No sentence end here'],
    ['First paragraph\nwraps a line\n\nSecond paragraph.', 'First paragraph wraps a line'],
  ])('%s', (input, expected) => {
    expect(firstSentence(input)).toBe(expected);
  });

  it('is null for no description', () => {
    expect(firstSentence(null)).toBeNull();
    expect(firstSentence('   ')).toBeNull();
  });
});
