/**
 * fsync of a path: a file, so its bytes are on disk before a rename
 * publishes it; a directory, so a new, renamed or deleted entry in it
 * survives a power loss. Shared by the archive, the extract stage and the
 * database's snapshot writes.
 */
import { open } from 'node:fs/promises';

export async function syncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
