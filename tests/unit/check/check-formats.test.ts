import { describe, expect, it } from 'vitest';
import { checkModel } from '../../../generator/check/check-model.ts';
import { escapeData, escapeProperty, formatCheckGithub } from '../../../generator/check/format-check-github.ts';
import { formatCheckJson } from '../../../generator/check/format-check-json.ts';
import { formatCheckText } from '../../../generator/check/format-check-text.ts';
import { event, model, site } from './make-model.ts';

// The platform root sits in a subdirectory of cwd, so shown paths get the `platform/` prefix.
const where = { rootDir: '/repo/platform', cwd: '/repo' };
const result = checkModel(
  model([
    event('message.sent', { description: 'Sent.', dispatchSites: [site('src/send.ts', 4)] }),
    event('message.read', { dispatchSites: [site('src/read.ts', 2)] }),
    event('call.early_media', { group: 'Call', inCatalog: false, catalogSource: null, dispatchSites: [site('src/sip.ts', 88)] }),
  ]),
  { minCoverage: 50 },
);

describe('check output formats', () => {
  it('text: compiler-style diagnostics, a count, then the coverage table', () => {
    expect(formatCheckText(result, { ...where, color: false })).toBe(
      [
        'platform/src/sip.ts:88:3 - error WD201: Event "call.early_media" is dispatched here but is missing from the event catalog, so subscribing to it fails with 422.',
        '  hint: Add "call.early_media" to the catalog, or stop dispatching it.',
        '',
        'error WD204: Event docs coverage is 33.3% (1 of 3 events have a description), below the minimum of 50%.',
        '  hint: Add a JSDoc description to the catalog entries listed under "Undocumented events", or lower --min-coverage / coverage.minEvents.',
        '',
        '2 errors, 0 warnings',
        '',
        'Docs coverage  events         fields',
        'Message           1/2  50.0%     0/0  -',
        'Call              0/1   0.0%     0/0  -',
        'Total             1/3  33.3%     0/0  -',
        'Minimum event coverage: 50%',
        '',
        'Undocumented events (2):',
        '  Message: message.read',
        '  Call: call.early_media',
      ].join('\n'),
    );
  });

  it('json: the documented version-1 shape with cwd-relative locations', () => {
    const json = JSON.parse(formatCheckJson(result, { ...where, failOn: 'error' })) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['version', 'summary', 'diagnostics', 'coverage']);
    expect(json.summary).toEqual({
      errors: 2,
      warnings: 0,
      failOn: 'error',
      failed: true,
      coverage: { events: { described: 1, total: 3, percent: 33.3 }, fields: { described: 0, total: 0, percent: 100 }, minEvents: 50 },
    });
    expect((json.diagnostics as unknown[])[0]).toEqual({
      code: 'WD201',
      severity: 'error',
      message: 'Event "call.early_media" is dispatched here but is missing from the event catalog, so subscribing to it fails with 422.',
      location: { file: 'platform/src/sip.ts', line: 88, column: 3 },
      snippet: 'dispatchTenantWebhook("call.early_media", …)',
      hint: 'Add "call.early_media" to the catalog, or stop dispatching it.',
    });
    expect((json.coverage as { groups: unknown[] }).groups[1]).toEqual({
      name: 'Call',
      events: { described: 0, total: 1, percent: 0 },
      fields: { described: 0, total: 0, percent: 100 },
      undocumented: ['call.early_media'],
    });
  });

  it('github: one workflow command per diagnostic, escaped, then a summary line', () => {
    expect(formatCheckGithub(result, where).split('\n')).toEqual([
      '::error file=platform/src/sip.ts,line=88,col=3,title=WD201::Event "call.early_media" is dispatched here but is missing from the event catalog, so subscribing to it fails with 422.%0Ahint: Add "call.early_media" to the catalog, or stop dispatching it.',
      '::error title=WD204::Event docs coverage is 33.3%25 (1 of 3 events have a description), below the minimum of 50%25.%0Ahint: Add a JSDoc description to the catalog entries listed under "Undocumented events", or lower --min-coverage / coverage.minEvents.',
      'webhook-docs check: 2 errors, 0 warnings; event docs coverage 33.3% (1/3), field docs coverage 100% (0/0), minimum 50%',
    ]);
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});
