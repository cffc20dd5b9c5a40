/**
 * Turns the file-system errors an operator can fix into one line that says how (issue 13 item 3):
 * a read-only data folder or a full disk used to end Layani with a stack trace.
 */
import { AppError } from '../../core/errors.js';

const SPACE = new Set(['ENOSPC', 'EDQUOT']);
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** Out of disk space or quota: the write did not happen and can be tried again later. */
export const isSpaceError = (error: unknown): boolean => SPACE.has(codeOf(error) ?? '');

/** An `AppError` with the fix for errors an operator can fix; anything else unchanged. */
export function describeFsError(error: unknown, dir: string): unknown {
  if (error instanceof AppError) return error;
  const code = codeOf(error) ?? '';
  if (NOT_WRITABLE.has(code)) {
    const what = code === 'EROFS' ? 'is on a read-only file system' : 'is not writable by this user';
    return new AppError(
      'DATA_FILE',
      `the data folder ${dir} ${what} (${code}). Make it writable by the user running Layani ` +
        `(e.g. sudo chown -R "$(id -un)" ${dir}), or set LAYANI_DATA_DIR to a writable folder.`,
      { cause: error },
    );
  }
  if (SPACE.has(code)) {
    return new AppError('DISK_FULL', `the disk holding ${dir} is full (${code}). Free some space (df -h ${dir}), then start Layani again.`, {
      cause: error,
    });
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new AppError('DATA_FILE', `${dir} is not a folder (${code}). Point LAYANI_DATA_DIR at a folder.`, { cause: error });
  }
  return error;
}
