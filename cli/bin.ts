import { describeFsError } from './errors.js';
import { runCli } from './main.js';

declare const __SSC_VERSION__: string | undefined;

/** Entry of the bundled `ssc` command. `ssc lsp` hands the process over to the language server. */
async function main(argv: string[]): Promise<void> {
    if (argv[0] === 'lsp') {
        if (!argv.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket'))) process.argv.push('--stdio');
        const { startSscServer } = await import('../server/start.js');
        startSscServer();
        return;
    }
    process.stdout.on('error', error => {
        // A reader that stopped reading (`ssc … | head`) is not a failure.
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
        // Any other failure (a full disk, a closed descriptor) means the output is lost: say so, status 2.
        process.stderr.write(`ssc: standard output: cannot write (${describeFsError(error)})\n`);
        process.exit(2);
    });
    process.exitCode = await runCli(argv, {
        stdout: text => {
            process.stdout.write(text);
        },
        stderr: text => {
            process.stderr.write(text);
        },
        cwd: process.cwd(),
        version: typeof __SSC_VERSION__ === 'string' ? __SSC_VERSION__ : '0.0.0-dev',
    });
}

void main(process.argv.slice(2));
