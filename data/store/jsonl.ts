/**
 * Append-only JSON-lines files (WAL, archives, logs) and the fsync helpers they need.
 *
 * Crash model: a process killed mid-`write` can leave a partial last line; earlier lines are
 * whole because every writer only appends, one process at a time (the PID lock). So on open
 * a missing final newline means a torn tail: it is cut back to the last newline, never
 * parsed. Nothing in a torn tail was acknowledged, since acknowledgement waits for fdatasync.
 */
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';

const NEWLINE = 0x0a;
const CHUNK = 64 * 1024;

/** fsync a directory, which makes a create, rename or unlink inside it durable. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `mkdir -p` for one level; a new directory's entry is made durable in its parent. */
export async function ensureDir(dir: string): Promise<void> {
  if ((await mkdir(dir, { recursive: true })) !== undefined) await syncDir(path.dirname(dir));
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** `FileHandle.write` may write less than asked; loop until all of it is in the file. */
async function writeAll(handle: FileHandle, buffer: Buffer): Promise<void> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset, null);
    offset += bytesWritten;
  }
}

async function readAt(handle: FileHandle, start: number, end: number): Promise<Buffer> {
  const buffer = Buffer.alloc(end - start);
  let done = 0;
  while (done < buffer.length) {
    const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
}

/** Offset of the last newline before `end`, or -1; reads backwards a chunk at a time. */
async function lastNewline(handle: FileHandle, end: number): Promise<number> {
  while (end > 0) {
    const start = Math.max(0, end - CHUNK);
    const index = (await readAt(handle, start, end)).lastIndexOf(NEWLINE);
    if (index >= 0) return start + index;
    end = start;
  }
  return -1;
}

export type TornTailHandler = (file: string, removedBytes: number) => void;

export class JsonlFile {
  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    /** Bytes in the file, all of them whole lines. */
    public size: number,
  ) {}

  /** Opens (creating if needed) for appending, after cutting off a torn last line. */
  static async open(file: string, onTornTail?: TornTailHandler): Promise<JsonlFile> {
    const created = !(await exists(file));
    const handle = await open(file, 'a+');
    try {
      // A new file's directory entry must be durable before the file's contents matter.
      if (created) await syncDir(path.dirname(file));
      const size = await repairTail(handle, (await handle.stat()).size, file, onTornTail);
      return new JsonlFile(file, handle, size);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Appends whole lines and returns once they are on disk (fdatasync). */
  async append(lines: string): Promise<void> {
    const buffer = Buffer.from(lines);
    await writeAll(this.handle, buffer);
    await this.handle.datasync();
    this.size += buffer.length;
  }

  /** The last whole line, without its newline; undefined for an empty file. */
  async lastLine(): Promise<string | undefined> {
    if (this.size === 0) return undefined;
    const start = (await lastNewline(this.handle, this.size - 1)) + 1;
    return (await readAt(this.handle, start, this.size - 1)).toString('utf8');
  }

  /** Empties the file durably (after a snapshot made its contents redundant). */
  async truncate(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.datasync();
    this.size = 0;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

async function repairTail(
  handle: FileHandle,
  size: number,
  file: string,
  onTornTail?: TornTailHandler,
): Promise<number> {
  if (size === 0) return 0;
  const [last] = await readAt(handle, size - 1, size);
  if (last === NEWLINE) return size;
  const keep = (await lastNewline(handle, size)) + 1;
  await handle.truncate(keep);
  await handle.datasync();
  onTornTail?.(file, size - keep);
  return keep;
}
