/** One helper that turns a zod failure into one readable UserError naming each key. */
import type { z } from 'zod';
import { UserError } from './errors.ts';

/** Parses `data`; on failure throws a UserError listing `key.path: problem` lines. */
export function parseWithFriendlyErrors<T extends z.ZodTypeAny>(schema: T, data: unknown, title: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.length ? issue.path.join('.') : '(root)';
    if (issue.code === 'unrecognized_keys') {
      return `- ${issue.path.length ? `${key}: ` : ''}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    if (valueAt(data, issue.path) === undefined) return `- ${key}: Required`;
    if (issue.code === 'invalid_union') {
      const branches = issue.unionErrors.map((e) => e.issues[0]?.message).filter((m): m is string => m !== undefined);
      return `- ${key}: ${[...new Set(branches)].join(', or ')}`;
    }
    return `- ${key}: ${issue.message}`;
  });
  throw new UserError('WD002', `${title}:\n${lines.join('\n')}`, 'See the config reference in README.md.');
}

function valueAt(data: unknown, keys: (string | number)[]): unknown {
  let value = data;
  for (const k of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[k];
  }
  return value;
}
