/** Looks up an exported declaration of a file of the project. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Node, Project, SourceFile } from 'ts-morph';

/** The source file at a root-relative path (added to the project if the tsconfig left it out), or undefined. */
export function sourceFileAt(project: Project, rootDir: string, rel: string): SourceFile | undefined {
  const abs = path.resolve(rootDir, rel);
  return project.getSourceFile(abs) ?? (existsSync(abs) ? project.addSourceFileAtPath(abs) : undefined);
}

/** The first declaration of an export (re-exports followed), or undefined. */
export function findExport(sf: SourceFile, name: string): Node | undefined {
  return sf.getExportedDeclarations().get(name)?.[0];
}
