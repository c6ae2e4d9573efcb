/**
 * The one error type of the archive. Every `ArchiveError` means **abort**: the
 * disk, the files or the caller is at fault, and retrying the page would not
 * help. The message names the file; the original error is kept as `cause`.
 */
export const ARCHIVE_ERROR_CODES = [
  'io', // a read, write, fsync or truncate failed (disk full, permissions…)
  'corrupt', // index.jsonl or a WARC file is damaged in a way a crash cannot explain
  'locked', // another process (or this one) has the archive open for writing
  'closed', // append after close(), or after a failed write left the archive unusable
  'read-only', // append on an archive opened with { readOnly: true }
  'digest', // a record read back does not match its SHA-256 in the index
] as const;
export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
  readonly code: ArchiveErrorCode;
  /** The file at fault (absolute path). */
  readonly file: string;

  constructor(message: string, options: { code: ArchiveErrorCode; file: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.file = options.file;
  }
}
