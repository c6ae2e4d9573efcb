/**
 * Names and places of the WARC files: `<archive>/warc/vntally-<timestamp>-<seq>.warc.gz`.
 * The timestamp (UTC, to the second) says when the file was started; the
 * sequence number grows by one per file over the archive's whole life, so the
 * names sort in writing order.
 */

/** Sub-directory of the archive that holds the WARC files. */
export const WARC_DIR = 'warc';

/**
 * A WARC file written by this archive. Matches "vntally-20240602160500-00001.warc.gz";
 * not "vntally-2024-1.warc.gz" nor "other.warc.gz" (files the archive did not write are never touched).
 */
export const WARC_FILE_NAME = /^vntally-(\d{14})-(\d{5,})\.warc\.gz$/u;

const SEQ_DIGITS = 5;

export function warcFileName(startedAt: Date, seq: number): string {
  const stamp = startedAt.toISOString().replace(/[-:T]/gu, '').slice(0, 14);
  return `vntally-${stamp}-${String(seq).padStart(SEQ_DIGITS, '0')}.warc.gz`;
}

/** The sequence number of a file name matching `WARC_FILE_NAME`, else null. */
export function warcFileSeq(name: string): number | null {
  const match = WARC_FILE_NAME.exec(name);
  return match?.[2] === undefined ? null : Number(match[2]);
}

/** `warc_file` as stored in the index: relative to the archive directory, with "/". */
export function warcFileRef(name: string): string {
  return `${WARC_DIR}/${name}`;
}
