/** Turns a platform-root-relative path (as in the model) into the path shown to the user. */
import path from 'node:path';

/** `file` relative to `rootDir`, shown relative to `cwd` with POSIX separators. */
export function displayPath(file: string, rootDir: string, cwd: string): string {
  return path.relative(cwd, path.resolve(rootDir, file)).split(path.sep).join('/') || '.';
}
