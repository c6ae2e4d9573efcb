/**
 * Small file systems for the disk tests: a tmpfs of a given size mounted on a
 * fresh directory (needs root and a kernel or sandbox that allows it), which
 * can be filled to the brim and remounted read-only. Where mounting is not
 * allowed, `mountTmpfs` says why and the tests that need it are skipped with
 * that reason (never faked).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Writes a file of zeros over what is free, leaving `leaveBytes`. */
  fill(leaveBytes: number): Promise<string>;
  remountReadOnly(): void;
  remountReadWrite(): void;
  /** Room again: the same mount, bigger. */
  grow(sizeBytes: number): void;
  unmount(): void;
}

/** Why tmpfs cannot be mounted here, or null when it can (probed once with a 1 MB mount). */
export function tmpfsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'not root: cannot mount a tmpfs';
  const probe = mkdtempSync(join(tmpdir(), 'vntally-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount -t tmpfs failed: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

export function mountTmpfs(sizeBytes: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'vntally-small-disk-'));
  let size = `size=${Math.ceil(sizeBytes / 1024)}k`;
  execFileSync('mount', ['-t', 'tmpfs', '-o', size, 'tmpfs', dir], { stdio: 'pipe' });
  let fillers = 0;
  return {
    dir,
    async fill(leaveBytes: number): Promise<string> {
      const fs = await statfs(dir);
      const free = fs.bavail * fs.bsize;
      const path = join(dir, `filler-${fillers++}`);
      writeFileSync(path, Buffer.alloc(Math.max(0, free - leaveBytes)));
      return path;
    },
    remountReadOnly: () => void execFileSync('mount', ['-o', `remount,ro,${size}`, dir], { stdio: 'pipe' }),
    remountReadWrite: () => void execFileSync('mount', ['-o', `remount,rw,${size}`, dir], { stdio: 'pipe' }),
    grow(bytes: number): void {
      size = `size=${Math.ceil(bytes / 1024)}k`;
      execFileSync('mount', ['-o', `remount,${size}`, dir], { stdio: 'pipe' });
    },
    unmount(): void {
      try {
        execFileSync('umount', [dir], { stdio: 'pipe' });
      } catch {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
