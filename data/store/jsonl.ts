/**
 * Append-only JSON-lines files (WAL, archives, logs) and the fsync helpers they need.
 *
 * Crash model: a process killed mid-`write` can leave a partial last line; earlier lines are
 * whole because every writer only appends, one process at a time (the PID lock). So on open
 * a missing final newline means a torn tail: it is cut back to the last newline, never
 * parsed. Nothing in a torn tail was acknowledged, since acknowledgement waits for fdatasync.
 */
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, rename, stat } from 'node:fs/promises';
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

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * The members of a file handle the append-only files use. A seam: tests wrap the real handle to
 * hold or fail `datasync` (no acknowledgement before it resolves, issue 16) or `write` (disk
 * full), and the crash test kills the process at a chosen step (test/fixtures/crash-child.ts).
 */
export type AppendHandle = Pick<FileHandle, 'write' | 'read' | 'datasync' | 'truncate' | 'stat' | 'close'>;

/** Opens a file for reading and appending (`a+`), creating it if needed. */
export type OpenAppend = (file: string) => Promise<AppendHandle>;

export const openAppend: OpenAppend = (file) => open(file, 'a+');

/** `FileHandle.write` may write less than asked; loop until all of it is in the file. */
export async function writeAll(handle: AppendHandle, buffer: Buffer): Promise<void> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset, null);
    offset += bytesWritten;
  }
}

async function readAt(handle: AppendHandle, start: number, end: number): Promise<Buffer> {
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
async function lastNewline(handle: AppendHandle, end: number): Promise<number> {
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
    private handle: AppendHandle,
    /** Bytes in the file, all of them whole lines. */
    public size: number,
    private readonly openHandle: OpenAppend,
  ) {}

  /** Opens (creating if needed) for appending, after cutting off a torn last line. */
  static async open(file: string, onTornTail?: TornTailHandler, openHandle: OpenAppend = openAppend): Promise<JsonlFile> {
    const created = !(await exists(file));
    const handle = await openHandle(file);
    try {
      // A new file's directory entry must be durable before the file's contents matter.
      if (created) await syncDir(path.dirname(file));
      const size = await repairTail(handle, (await handle.stat()).size, file, onTornTail);
      return new JsonlFile(file, handle, size, openHandle);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /**
   * Appends whole lines and returns once they are on disk (fdatasync). On failure the file is
   * cut back to its last good size, so a retry (after a full disk has room again) appends after
   * whole lines, never after a half-written one.
   */
  async append(lines: string): Promise<void> {
    const buffer = Buffer.from(lines);
    try {
      await writeAll(this.handle, buffer);
      await this.handle.datasync();
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => undefined);
      throw error;
    }
    this.size += buffer.length;
  }

  /** The last whole line, without its newline; undefined for an empty file. */
  async lastLine(): Promise<string | undefined> {
    if (this.size === 0) return undefined;
    const start = (await lastNewline(this.handle, this.size - 1)) + 1;
    return (await readAt(this.handle, start, this.size - 1)).toString('utf8');
  }

  /** Every whole line, without newlines, first to last. */
  async *lines(): AsyncGenerator<string> {
    const text = (await readAt(this.handle, 0, this.size)).toString('utf8');
    const lines = text.split('\n');
    lines.pop(); // whole lines only: the text ends with a newline
    yield* lines;
  }

  /** Empties the file durably (after a snapshot made its contents redundant). */
  async truncate(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.datasync();
    this.size = 0;
  }

  /**
   * Drops the first `offset` bytes (lines a new snapshot holds), keeping the lines appended
   * since: the rest is copied to a temp file, fsync'd and renamed over this one. The caller
   * makes sure no append runs meanwhile. A crash leaves the old file or the new one, both good.
   */
  async dropPrefix(offset: number): Promise<void> {
    if (offset >= this.size) return this.truncate();
    const rest = await readAt(this.handle, offset, this.size);
    const temp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.tmp`);
    const out = await open(temp, 'w');
    try {
      await writeAll(out, rest);
      await out.datasync();
    } finally {
      await out.close();
    }
    await rename(temp, this.file);
    await syncDir(path.dirname(this.file));
    const old = this.handle;
    this.handle = await this.openHandle(this.file);
    this.size = rest.length;
    await old.close();
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

async function repairTail(
  handle: AppendHandle,
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
