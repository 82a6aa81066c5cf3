import { describe, expect, it } from 'vitest';
import { findDrift } from '../../../generator/check/find-drift.ts';
import { event, model, site } from './make-model.ts';

describe('findDrift', () => {
  it('reports each drift kind once per place, sorted by file and line', () => {
    const m = model([
      event('message.sent', { dispatchSites: [site('apps/api/send.ts', 4)] }),
      event('message.read', { catalogSource: { file: 'src/constants.ts', line: 12, column: 3 } }),
      event('credits.purchased', {
        group: 'Billing',
        deprecated: { message: 'Use balance.topped_up instead.', replacement: 'balance.topped_up' },
        dispatchSites: [site('apps/billing/topup.ts', 20)],
      }),
      event('balance.topped_up', { group: 'Billing', catalogSource: { file: 'src/constants.ts', line: 30, column: 3 } }),
      event('call.early_media', {
        group: 'Call',
        inCatalog: false,
        catalogSource: null,
        dispatchSites: [site('apps/voice/sip.ts', 88), site('apps/voice/bridge.ts', 7)],
      }),
    ]);
    expect(findDrift(m)).toEqual([
      {
        code: 'WD203',
        severity: 'warning',
        message:
          'Deprecated event "credits.purchased" is still dispatched, but its replacement "balance.topped_up" is dispatched nowhere, so subscribers cannot migrate.',
        location: { file: 'apps/billing/topup.ts', line: 20, column: 3 },
        hint: 'Dispatch "balance.topped_up" alongside "credits.purchased" until the alias is removed.',
      },
      {
        code: 'WD201',
        severity: 'error',
        message: 'Event "call.early_media" is dispatched here but is missing from the event catalog, so subscribing to it fails with 422.',
        location: { file: 'apps/voice/bridge.ts', line: 7, column: 3 },
        snippet: 'dispatchTenantWebhook("call.early_media", …)',
        hint: 'Add "call.early_media" to the catalog, or stop dispatching it.',
      },
      {
        code: 'WD201',
        severity: 'error',
        message: 'Event "call.early_media" is dispatched here but is missing from the event catalog, so subscribing to it fails with 422.',
        location: { file: 'apps/voice/sip.ts', line: 88, column: 3 },
        snippet: 'dispatchTenantWebhook("call.early_media", …)',
        hint: 'Add "call.early_media" to the catalog, or stop dispatching it.',
      },
      {
        code: 'WD202',
        severity: 'warning',
        message: 'Event "message.read" is in the catalog but nothing dispatches it, so its subscribers never receive it.',
        location: { file: 'src/constants.ts', line: 12, column: 3 },
        hint: 'Dispatch "message.read" where it happens, or mark it @deprecated / remove it from the catalog.',
      },
      {
        code: 'WD202',
        severity: 'warning',
        message: 'Event "balance.topped_up" is in the catalog but nothing dispatches it, so its subscribers never receive it.',
        location: { file: 'src/constants.ts', line: 30, column: 3 },
        hint: 'Dispatch "balance.topped_up" where it happens, or mark it @deprecated / remove it from the catalog.',
      },
    ]);
  });

  it('accepts a deprecated alias dispatched next to its replacement, and a retired alias nothing dispatches', () => {
    const m = model([
      event('credits.purchased', {
        deprecated: { message: 'Use balance.topped_up.', replacement: 'balance.topped_up' },
        dispatchSites: [site('a.ts', 1)],
      }),
      event('balance.topped_up', { dispatchSites: [site('a.ts', 2)] }),
      event('credits.low', { deprecated: { message: 'Use balance.low.', replacement: 'balance.low' } }),
      event('balance.low', { dispatchSites: [site('b.ts', 1)] }),
    ]);
    expect(findDrift(m)).toEqual([]);
  });

  it('does not warn about a deprecated event without a named replacement', () => {
    const m = model([event('x.old', { deprecated: { message: 'Going away.', replacement: null }, dispatchSites: [site('a.ts', 1)] })]);
    expect(findDrift(m)).toEqual([]);
  });
});
