/** An error the CLI reports as one line on stderr with exit status 2 (the command could not run). */
export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'UsageError';
    }
}
