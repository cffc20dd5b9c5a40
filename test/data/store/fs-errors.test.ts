/**
 * What an operator reads when the data folder cannot be used: one line naming the cause and the
 * fix, instead of a stack trace (issue 13 item 3).
 */
import { describe, expect, it } from 'vitest';

import { AppError } from '../../../core/errors.js';
import { describeFsError, isSpaceError } from '../../../data/store/fs-errors.js';

const DIR = '/srv/layani/var';
const fsError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

describe('file-system errors an operator can fix', () => {
  it.each(['EACCES', 'EPERM'])('%s: the folder is not writable, with the chown and LAYANI_DATA_DIR fixes', (code) => {
    const error = describeFsError(fsError(code), DIR);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'DATA_FILE' });
    const { message } = error as AppError;
    expect(message).toContain(`the data folder ${DIR} is not writable by this user (${code})`);
    expect(message).toContain(`sudo chown -R "$(id -un)" ${DIR}`);
    expect(message).toContain('set LAYANI_DATA_DIR to a writable folder');
  });

  it('EROFS: says the file system is read-only', () => {
    const error = describeFsError(fsError('EROFS'), DIR) as AppError;
    expect(error.code).toBe('DATA_FILE');
    expect(error.message).toContain(`${DIR} is on a read-only file system (EROFS)`);
  });

  it.each(['ENOSPC', 'EDQUOT'])('%s: the disk is full, free some space', (code) => {
    const error = describeFsError(fsError(code), DIR) as AppError;
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toBe(`the disk holding ${DIR} is full (${code}). Free some space (df -h ${DIR}), then start Layani again.`);
    expect(error.cause).toMatchObject({ code });
  });

  it.each(['ENOTDIR', 'EEXIST'])('%s: the path is not a folder', (code) => {
    const error = describeFsError(fsError(code), DIR) as AppError;
    expect(error.code).toBe('DATA_FILE');
    expect(error.message).toBe(`${DIR} is not a folder (${code}). Point LAYANI_DATA_DIR at a folder.`);
  });

  it('leaves Layani errors and errors it has no fix for as they are', () => {
    const locked = new AppError('STORE_LOCKED', 'in use');
    expect(describeFsError(locked, DIR)).toBe(locked);
    const io = fsError('EIO');
    expect(describeFsError(io, DIR)).toBe(io);
    const plain = new Error('boom');
    expect(describeFsError(plain, DIR)).toBe(plain);
    expect(describeFsError(undefined, DIR)).toBeUndefined();
  });

  it('treats only a full disk or quota as worth retrying', () => {
    expect(isSpaceError(fsError('ENOSPC'))).toBe(true);
    expect(isSpaceError(fsError('EDQUOT'))).toBe(true);
    expect(isSpaceError(fsError('EACCES'))).toBe(false);
    expect(isSpaceError(new Error('no code'))).toBe(false);
    expect(isSpaceError(undefined)).toBe(false);
  });
});
