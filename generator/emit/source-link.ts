/**
 * Links to the platform's source: `file:line`, through the config's `site.sourceUrl`
 * template (`{file}`, `{line}`), or plain code text when no template is configured.
 */
import type { PhrasingContent } from 'mdast';
import type { ResolvedConfig } from '../config.ts';
import { code, isSafeUrl } from './mdast-build.ts';

/** The URL of a source line, or null without a template (or when the result is not http(s)). */
export function sourceUrl(config: ResolvedConfig, file: string, line: number): string | null {
  const template = config.site.sourceUrl;
  if (!template) return null;
  const url = template.split('{file}').join(file.split('/').map(encodeURIComponent).join('/')).split('{line}').join(String(line));
  return isSafeUrl(url) ? url : null;
}

/** `file:line` as inline code, linked when a source URL template is configured. */
export function sourceLink(config: ResolvedConfig, file: string, line: number): PhrasingContent {
  const label = code(`${file}:${line}`);
  const url = sourceUrl(config, file, line);
  return url ? { type: 'link', url, children: [label] } : label;
}
