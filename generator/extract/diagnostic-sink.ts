/** Collects extract diagnostics with model-relative locations. */
import path from 'node:path';
import type { Node } from 'ts-morph';
import type { Diagnostic, SourceLocation } from '../model.ts';

/** Where diagnostics go during one extraction run; owns the root-relative path conversion. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly rootDir: string) {}

  /** A node's file (relative to root, POSIX) and 1-based line/column. */
  locate(node: Node): SourceLocation {
    const sf = node.getSourceFile();
    // TS's cached line map (binary search); ts-morph's getLineAndColumnAtPos rescans the text from 0 (O(N²) per file).
    const { line, character } = sf.compilerNode.getLineAndCharacterOfPosition(node.getStart());
    return { file: this.relative(sf.getFilePath()), line: line + 1, column: character + 1 };
  }

  /** Root-relative POSIX path of an absolute file path. */
  relative(absPath: string): string {
    return path.relative(this.rootDir, absPath).split(path.sep).join('/');
  }

  /** Adds a diagnostic once (the same problem reached twice through shared types is reported once). */
  add(d: Diagnostic): void {
    const key = JSON.stringify([d.code, d.location, d.message]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(d);
  }

  /** Diagnostics sorted by file, line, column, code (located ones after unlocated ones). */
  sorted(): Diagnostic[] {
    const k = (d: Diagnostic) => d.location;
    return [...this.items].sort((a, b) => {
      const la = k(a);
      const lb = k(b);
      if (!la || !lb) return la ? 1 : lb ? -1 : cmp(a.code, b.code) || cmp(a.message, b.message);
      return (
        cmp(la.file, lb.file) ||
        la.line - lb.line ||
        (la.column ?? 0) - (lb.column ?? 0) ||
        cmp(a.code, b.code) ||
        cmp(a.message, b.message)
      );
    });
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
