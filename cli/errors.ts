/** An error the CLI reports as one line on stderr with exit status 2 (the command could not run). */
export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'UsageError';
    }
}

/**
 * The reason of a failed file-system call in a few plain words, for the one-line messages of the
 * CLI (`<path>: cannot write (permission denied)`); never the raw Node message with its syscall
 * and (possibly temporary) path.
 */
export function describeFsError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file or folder';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'is a folder';
        case 'ENOTDIR':
            return 'a part of the path is not a folder';
        case 'EEXIST':
            return 'already exists';
        case 'ENOSPC':
            return 'no space left on device';
        case 'EDQUOT':
            return 'disk quota exceeded';
        case 'EFBIG':
            return 'file too large';
        case 'EROFS':
            return 'read-only file system';
        case 'ELOOP':
            return 'too many levels of symbolic links';
        case 'ENAMETOOLONG':
            return 'name too long';
        case 'EMFILE':
        case 'ENFILE':
            return 'too many open files';
        case 'EIO':
            return 'input/output error';
        case 'EBUSY':
            return 'resource busy';
        case 'EXDEV':
            return 'cannot move across file systems';
        default: {
            const message = error instanceof Error ? error.message : String(error);
            return message.split('\n')[0];
        }
    }
}
