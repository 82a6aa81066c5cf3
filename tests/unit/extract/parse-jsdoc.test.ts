import { describe, expect, it } from 'vitest';
import { parseJsDoc } from '../../../generator/extract/parse-jsdoc.ts';

describe('parseJsDoc', () => {
  it('splits a tag written on the description line, as TypeScript does', () => {
    expect(parseJsDoc('/** Negotiated codec. @example "PCMU" */')).toEqual({
      description: 'Negotiated codec.',
      tags: [{ name: 'example', text: '"PCMU"' }],
    });
  });

  it('does not split inside {@link ...}, backticks, e-mail addresses or an @example body', () => {
    const raw = ['/**', ' * Mail ops@example.com, see {@link a @b} and `x @y`.', ' * @example', ' * send({ to: "@handle" }) @notATag', ' * @deprecated Gone.', ' */'].join('\n');
    expect(parseJsDoc(raw)).toEqual({
      description: 'Mail ops@example.com, see {@link a @b} and `x @y`.',
      tags: [
        { name: 'example', text: 'send({ to: "@handle" }) @notATag' },
        { name: 'deprecated', text: 'Gone.' },
      ],
    });
  });

  it('keeps paragraphs and code fences of the description', () => {
    const raw = ['/**', ' * First.', ' *', ' * ```ts', ' * @decorator()', ' * ```', ' */'].join('\n');
    expect(parseJsDoc(raw)).toEqual({ description: 'First.\n\n```ts\n@decorator()\n```', tags: [] });
  });
});
