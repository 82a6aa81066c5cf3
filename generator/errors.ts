/**
 * Errors for mistakes in the user's input (config, flags, missing files).
 * The CLI prints them without a stack trace and exits 2; any other thrown error is our bug.
 */
import type { SourceLocation } from './model.ts';

/** A user mistake that stops the run: message, where, and how to fix it. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    /** Stable code, WD0xx for config/usage. */
    readonly code: string,
    message: string,
    readonly hint?: string,
    /** Path is relative to the current directory or absolute (not model-relative). */
    readonly location?: SourceLocation,
  ) {
    super(message);
  }
}
