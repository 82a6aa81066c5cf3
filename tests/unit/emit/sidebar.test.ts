/** The sidebar is on every page, so its size must not grow with the platform beyond a bound. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSidebar, MAX_SIDEBAR_GROUPS } from '../../../generator/emit/build-sidebar.ts';
import { buildEmitContext } from '../../../generator/emit/emit-context.ts';
import type { Model } from '../../../generator/model.ts';
import { makeConfig, makeEvent, makeModel } from './model-fixture.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wd-sidebar-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Item = { label: string; link?: string; items?: Item[] };
function sidebarOf(model: Model): Item[] {
  const ctx = buildEmitContext(model, makeConfig(tmp), model.events, []);
  return (buildSidebar(ctx, []) as unknown as { sidebar: Item[] }).sidebar;
}
function withGroups(count: number): Model {
  const base = makeModel();
  const names = Array.from({ length: count }, (_, i) => `G${String(i).padStart(3, '0')}`);
  return {
    ...base,
    groups: names.map((name) => ({ name, description: null, source: null })),
    events: names.map((name, i) => makeEvent({ name: `g${i}.happened`, group: name })),
  };
}

describe('sidebar', () => {
  it('lists every group in catalog order while there are few, never single events', () => {
    const groups = sidebarOf(withGroups(MAX_SIDEBAR_GROUPS)).find((i) => i.label === 'Groups');
    expect(groups?.items?.map((i) => i.label)).toEqual(Array.from({ length: MAX_SIDEBAR_GROUPS }, (_, i) => `G${String(i).padStart(3, '0')}`));
    expect(groups?.items?.every((i) => i.link?.startsWith('/groups/'))).toBe(true);
  });

  it('drops the group list above the bound and keeps the catalog link', () => {
    const items = sidebarOf(withGroups(MAX_SIDEBAR_GROUPS + 1));
    expect(items.map((i) => i.label)).toEqual(['Overview', 'Event catalog', 'Reference']);
    expect(JSON.stringify(items).length).toBeLessThan(2000);
  });
});
