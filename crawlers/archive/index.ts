/**
 * The crawl archive (WARC files + index.jsonl). See `archive.ts` for the
 * layout and the crash-safety rules.
 */
export { Archive, DEFAULT_MAX_WARC_BYTES, INDEX_FILE, LOCK_FILE } from './archive.js';
export type { ArchiveAppendInput, ArchiveOptions, ArchiveRecovery } from './archive.js';
export { ArchiveError, ARCHIVE_ERROR_CODES } from './archive-error.js';
export type { ArchiveErrorCode } from './archive-error.js';
export { ArchiveIndexRowSchema, PAGE_KINDS } from './index-row.js';
export type { ArchiveIndexRow, PageKind } from './index-row.js';
export { WARC_DIR } from './warc-files.js';
