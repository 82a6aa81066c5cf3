import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../generator/cli.ts';

// The real example platform, read-only: --skip-stale, so nothing depends on (or writes) generated output.
const CONFIG = path.resolve(import.meta.dirname, '../../../webhook-docs.config.json');
const SITE = 'examples/orbit/apps/voice-edge/src/sip-events.ts';
const MESSAGE = 'Event "call.early_media" is dispatched here but is missing from the event catalog, so subscribing to it fails with 422.';
const HINT = 'Add "call.early_media" to the catalog, or stop dispatching it.';

async function check(format: string): Promise<{ code: number; lines: string[] }> {
  const out: string[] = [];
  // Paths are shown relative to the current directory: the repository root, as in CI.
  const cwd = process.cwd();
  process.chdir(path.dirname(CONFIG));
  try {
    const code = await main(['check', '--config', CONFIG, '--skip-stale', '--format', format], { out: (s) => out.push(s), err: (s) => out.push(s) });
    return { code, lines: out.join('\n').split('\n') };
  } finally {
    process.chdir(cwd);
  }
}

const plain = (s: string) => s.replace(/\u001b\[\d+m/g, '');

describe('check on examples/orbit', () => {
  it('text: the call.early_media drift at its dispatch site, then the coverage table', async () => {
    const { code, lines } = await check('text');
    expect(code).toBe(1);
    expect(lines.slice(0, 7).map(plain)).toEqual([
      `${SITE}:68:13 - error WD201: ${MESSAGE}`,
      "  68 |       await dispatchTenantWebhook(tenantId, 'call.early_media', earlyMedia);",
      '     |             ^',
      `  hint: ${HINT}`,
      '',
      '1 error, 0 warnings',
      '',
    ]);
    expect(lines[7]).toMatch(/^Docs coverage\s+events\s+fields$/);
    expect(lines[8]).toMatch(/^Message\s+\d+\/\d+\s+\d+\.\d%\s+\d+\/\d+\s+\d+\.\d%$/);
    expect(lines.find((l) => l.startsWith('Total'))).toMatch(/^Total\s+\d+\/186\s/);
    expect(lines.find((l) => l.startsWith('  Voice: '))).toContain('call.early_media');
  });

  it('json: the documented shape with the one drift error', async () => {
    const { code, lines } = await check('json');
    expect(code).toBe(1);
    const report = JSON.parse(lines.join('\n')) as {
      summary: { errors: number; warnings: number; failOn: string; failed: boolean; coverage: { events: { total: number }; minEvents: number } };
      diagnostics: unknown[];
      coverage: { groups: { name: string; undocumented: string[] }[] };
    };
    expect(Object.keys(report)).toEqual(['version', 'summary', 'diagnostics', 'coverage']);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, failOn: 'error', failed: true, coverage: { events: { total: 186 }, minEvents: 0 } });
    expect(report.diagnostics).toEqual([
      {
        code: 'WD201',
        severity: 'error',
        message: MESSAGE,
        location: { file: SITE, line: 68, column: 13 },
        snippet: 'dispatchTenantWebhook("call.early_media", …)',
        hint: HINT,
      },
    ]);
    expect(report.coverage.groups[0]?.name).toBe('Message');
    expect(report.coverage.groups.find((g) => g.name === 'Voice')?.undocumented).toContain('call.early_media');
  });

  it('github: one ::error annotation with file and line, then the summary', async () => {
    const { code, lines } = await check('github');
    expect(code).toBe(1);
    expect(lines[0]).toBe(`::error file=${SITE},line=68,col=13,title=WD201::${MESSAGE}%0Ahint: ${HINT}`);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^webhook-docs check: 1 error, 0 warnings; event docs coverage [\d.]+% \(\d+\/186\), field docs coverage [\d.]+% \(\d+\/\d+\), minimum 0%$/);
  });
});
