/**
 * Issue 7, hostile text: JSDoc, section comments, string literals and property keys full of HTML,
 * MDX expressions, javascript: links, broken fences, `*\/`, NUL, RTL/zero-width characters and a
 * 100 KB description. Generation succeeds and every emitted MDX page compiles, with the content
 * ending up as text: no element, expression, import or javascript: link comes from the source.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import yaml from 'js-yaml';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventDataSchema } from '../../../generator/site-contract.ts';
import { OWN_ELEMENTS, OWN_IMPORT_LINE } from '../emit/own-mdx.ts';
import { cleanup, copyFixture, edit, listFiles, runCli } from './scratch.ts';

/** Strings that must never reach JSX, an expression, an import or a link target. */
const MARKERS = ['alert(', 'process.exit', '__pwned', 'javascript:', 'onerror', '<script', 'globalThis'];
const LONG = 'Long <script>alert(1)</script> {process.exit()} text with `ticks` and *stars*. '.repeat(1400);

let dir = '';
let pages: string[] = [];
let cli: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  dir = copyFixture('hardening-hostile');
  const events = path.join(dir, 'src/events.ts');
  edit(events, /NUL_BYTE/g, '\u0000');
  edit(events, 'LONG_DESCRIPTION', LONG);
  cli = await runCli(['generate', '--config', path.join(dir, 'webhook-docs.config.json')]);
  pages = listFiles(path.join(dir, 'content')).filter((f) => f.endsWith('.mdx'));
});
afterAll(() => cleanup(dir));

function parse(mdx: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;
}

function* walk(node: Root | RootContent): Generator<RootContent> {
  if (node.type !== 'root') yield node;
  if ('children' in node) for (const child of node.children as RootContent[]) yield* walk(child);
}

/** Problems of one page's tree: elements, expressions or links that content could have smuggled in. */
function problemsOf(tree: Root): string[] {
  const problems: string[] = [];
  const hostile = (s: string) => MARKERS.find((m) => s.toLowerCase().includes(m.toLowerCase()));
  for (const node of walk(tree)) {
    switch (node.type) {
      case 'mdxjsEsm':
        if (!node.value.split('\n').every((line) => OWN_IMPORT_LINE.test(line))) problems.push(`import/export from content: ${node.value.slice(0, 80)}`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(`expression: {${node.value.slice(0, 80)}}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!node.name || !OWN_ELEMENTS.has(node.name)) problems.push(`element <${node.name ?? ''}>`);
        for (const attr of node.attributes) {
          if (attr.type !== 'mdxJsxAttribute') problems.push(`spread attribute on <${node.name ?? ''}>`);
          else if (attr.value !== null && typeof attr.value !== 'string') problems.push(`expression attribute ${attr.name}`);
          else if (attr.name.toLowerCase().startsWith('on')) problems.push(`event handler attribute ${attr.name}`);
          else if (typeof attr.value === 'string' && hostile(attr.value)) problems.push(`attribute ${attr.name}="${attr.value.slice(0, 80)}"`);
          if (attr.type === 'mdxJsxAttribute' && attr.name === 'href' && typeof attr.value === 'string' && !/^(#|\/|https?:)/.test(attr.value)) {
            problems.push(`href ${attr.value.slice(0, 80)}`);
          }
        }
        break;
      }
      case 'link':
      case 'definition':
        if (!/^(#|\/|https?:|mailto:)/i.test(node.url.trim()) && !/^[\w.-]+(\/|$)/.test(node.url)) problems.push(`link target ${node.url}`);
        if (hostile(node.url)) problems.push(`link target ${node.url}`);
        break;
      case 'html':
        problems.push(`raw html ${node.value.slice(0, 80)}`);
        break;
      default:
        break;
    }
  }
  return problems;
}

function textOf(tree: Root): string {
  const parts: string[] = [];
  for (const node of walk(tree)) if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
  return parts.join('\n');
}

function bodyOf(mdx: string): { frontmatter: unknown; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!m) throw new Error('no frontmatter');
  return { frontmatter: yaml.load(m[1] ?? ''), body: mdx.slice(m[0].length) };
}

describe('hostile text in the source', () => {
  it('generates without errors', () => {
    expect(cli.err).not.toMatch(/[1-9]\d* errors?,/);
    expect(cli.code).toBe(0);
    expect(pages).toContain('events/hostile.html.mdx');
    expect(pages).toContain('events/hostile.long.mdx');
  });

  it('every page has loadable frontmatter and compiles with @mdx-js/mdx', async () => {
    for (const page of pages) {
      const text = readFileSync(path.join(dir, 'content', page), 'utf8');
      const { frontmatter, body } = bodyOf(text);
      expect(frontmatter, page).toBeTypeOf('object');
      await expect(compile(body, { remarkPlugins: [remarkGfm] }), page).resolves.toBeDefined();
    }
  });

  it('no element, expression, import or javascript: link comes from content', () => {
    const all: string[] = [];
    for (const page of pages) {
      const { body } = bodyOf(readFileSync(path.join(dir, 'content', page), 'utf8'));
      all.push(...problemsOf(parse(body)).map((p) => `${page}: ${p}`));
    }
    expect(all).toEqual([]);
  });

  it('every event data file (field rows, sample) is JSON in the shape the site reads', () => {
    const files = listFiles(path.join(dir, 'content/event-data'));
    expect(files.length).toBe(pages.filter((p) => p.startsWith('events/') && p !== 'events/index.mdx').length);
    for (const file of files) {
      const data = eventDataSchema.parse(JSON.parse(readFileSync(path.join(dir, 'content/event-data', file), 'utf8')));
      expect(`${data.name}.json`).toBe(file);
      if (data.sample !== null) expect(JSON.parse(data.sample)).toMatchObject({ type: data.name });
    }
  });

  it('the hostile text survives as visible text', () => {
    const html = textOf(parse(bodyOf(readFileSync(path.join(dir, 'content/events/hostile.html.mdx'), 'utf8')).body));
    expect(html).toContain('<script>alert(1)</script>');
    expect(html).toContain('<img src=x onerror="window.__pwned=1">');
    const expr = textOf(parse(bodyOf(readFileSync(path.join(dir, 'content/events/hostile.expression.mdx'), 'utf8')).body));
    expect(expr).toContain('{process.exit()}');
    expect(expr).toContain('[link](javascript:alert(1))');
  });

  it('the 100 KB description is emitted whole, and the summary ends at a sentence', () => {
    const { frontmatter, body } = bodyOf(readFileSync(path.join(dir, 'content/events/hostile.long.mdx'), 'utf8'));
    expect(textOf(parse(body)).length).toBeGreaterThan(100_000);
    const description = (frontmatter as { description?: string }).description ?? '';
    expect(description.length).toBeLessThan(1000);
  });

  it('no NUL byte reaches an emitted file', () => {
    for (const top of ['content', 'public']) {
      for (const rel of listFiles(path.join(dir, top))) {
        expect(readFileSync(path.join(dir, top, rel), 'utf8').includes('\u0000'), `${top}/${rel}`).toBe(false);
      }
    }
  });

  it('JSON artifacts stay valid JSON', () => {
    for (const rel of listFiles(path.join(dir, 'public')).filter((f) => f.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(path.join(dir, 'public', rel), 'utf8')), rel).not.toThrow();
    }
  });
});

describe('the checker above is not vacuous', () => {
  it('flags what unescaped content would produce', () => {
    const raw = 'Text <script>alert(1)</script> {process.exit()} [x](javascript:alert(1)) <img src="x" onerror="y" />\n\nimport a from "b"\n';
    const problems = problemsOf(parse(raw));
    expect(problems.join('\n')).toMatch(/element <script>/);
    expect(problems.join('\n')).toMatch(/expression: \{process.exit\(\)\}/);
    expect(problems.join('\n')).toMatch(/link target javascript:/);
    expect(problems.join('\n')).toMatch(/event handler attribute onerror/);
    expect(problems.join('\n')).toMatch(/import\/export from content/);
  });
});
