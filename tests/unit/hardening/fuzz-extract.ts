/** Extraction of one fuzz case in an in-memory ts-morph project (run inside fuzz-worker.mjs). */
import { Project, ts } from 'ts-morph';
import { resolveConfig } from '../../../generator/config.ts';
import { extractFromProject } from '../../../generator/extract/index.ts';
import type { Diagnostic, JsonSchema } from '../../../generator/model.ts';

const ROOT = '/fuzz';
/** A case text that never returns (to test the test's timeout). */
export const HANG = '__hang__';
const config = resolveConfig(
  {
    catalog: { file: 'src/events.ts', export: 'EVENTS' },
    dispatchers: [{ name: 'dispatch', module: 'src/dispatch.ts', event: 1, payload: 2 }],
    site: { title: 'Fuzz' },
  },
  `${ROOT}/webhook-docs.config.json`,
);

/** What the test checks: the payload schema, the diagnostics and any TypeScript errors in the generated source. */
export interface CaseResult {
  schema: JsonSchema | null;
  diagnostics: Diagnostic[];
  tsErrors: string[];
}

/** Extracts the payload schema of `dispatch(t, 'fuzz.event', p)` with `p: <typeText>`. */
export function runCase(typeText: string): CaseResult {
  // Lets the test prove that its per-case bound stops a synchronous endless loop.
  if (typeText === HANG) for (;;);
  // One project for all cases (the lib files are parsed once); only the service file changes.
  project ??= newProject();
  const text = `import { dispatch } from './dispatch';\n\nexport type Payload = ${typeText};\n\nexport function run(p: Payload): void {\n  dispatch('t', 'fuzz.event', p);\n}\n`;
  const service = project.createSourceFile(`${ROOT}/src/service.ts`, text, { overwrite: true });
  const tsErrors = service.getPreEmitDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, ' '));
  const model = extractFromProject(project, config);
  const event = model.events.find((e) => e.name === 'fuzz.event');
  return { schema: event?.payloadSchema ?? null, diagnostics: model.diagnostics, tsErrors };
}

let project: Project | undefined;

function newProject(): Project {
  const p = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: [] },
  });
  p.createSourceFile(`${ROOT}/src/events.ts`, "export const EVENTS = ['fuzz.event'] as const;\n");
  p.createSourceFile(
    `${ROOT}/src/dispatch.ts`,
    'export function dispatch<T extends object | null>(tenant: string, event: string, payload: T): void {\n  void tenant; void event; void payload;\n}\n',
  );
  return p;
}
