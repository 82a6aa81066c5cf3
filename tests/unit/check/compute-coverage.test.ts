import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../generator/check/compute-coverage.ts';
import { checkModel } from '../../../generator/check/check-model.ts';
import { event, model } from './make-model.ts';

const payload = {
  type: 'object',
  properties: {
    id: { type: 'string', description: 'Id.' },
    details: { $ref: '#/$defs/Details' },
  },
  required: ['id'],
  $defs: { Details: { type: 'object', properties: { reason: { type: 'string', description: 'Why.' }, code: { type: 'number' } } } },
};

const m = model([
  event('message.sent', { description: 'Handed to the carrier.', summary: 'Handed to the carrier.', payloadSchema: payload }),
  event('message.read', { description: '   ' }),
  event('message.failed'),
  event('call.ended', { group: 'Call', description: 'The call ended.', payloadSchema: { type: 'object', properties: { id: { type: 'string' } } } }),
]);

describe('computeCoverage', () => {
  it('counts described events and fields (nested and $ref-resolved) per group and in total', () => {
    expect(computeCoverage(m)).toEqual({
      events: { described: 2, total: 4, percent: 50 },
      fields: { described: 2, total: 5, percent: 40 },
      groups: [
        {
          name: 'Message',
          events: { described: 1, total: 3, percent: 33.3 },
          // id, details, details.reason, details.code: id and details.reason are described.
          fields: { described: 2, total: 4, percent: 50 },
          undocumented: ['message.read', 'message.failed'],
        },
        { name: 'Call', events: { described: 1, total: 1, percent: 100 }, fields: { described: 0, total: 1, percent: 0 }, undocumented: [] },
      ],
    });
  });

  it('fails with WD204 only below the minimum event coverage', () => {
    const coverageDiags = (min: number) => checkModel(m, { minCoverage: min }).diagnostics.filter((d) => d.code === 'WD204');
    expect(coverageDiags(50)).toEqual([]);
    expect(coverageDiags(50.1)).toEqual([
      {
        code: 'WD204',
        severity: 'error',
        message: 'Event docs coverage is 50% (2 of 4 events have a description), below the minimum of 50.1%.',
        hint: 'Add a JSDoc description to the catalog entries listed under "Undocumented events", or lower --min-coverage / coverage.minEvents.',
      },
    ]);
  });

  it('passes extract diagnostics through next to drift, sorted by place, unresolved event names as errors', () => {
    const withDiag = model([event('a.b', { dispatchSites: [] })], {
      diagnostics: [
        { code: 'WD101', severity: 'warning', message: 'Cannot resolve the event name.', location: { file: 'apps/x.ts', line: 3, column: 1 } },
        { code: 'WD103', severity: 'warning', message: 'Payload typed any.', location: { file: 'apps/y.ts', line: 1, column: 1 } },
      ],
    });
    expect(checkModel(withDiag).diagnostics.map((d) => `${d.severity} ${d.code} ${d.location?.file}:${d.location?.line}`)).toEqual([
      'error WD101 apps/x.ts:3',
      'warning WD103 apps/y.ts:1',
      'warning WD202 src/constants.ts:10',
    ]);
  });
});
