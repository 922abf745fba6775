import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandIo } from './commands.js';
import { UsageError } from './errors.js';
import { startPlaygroundServer } from './playground-server.js';
import { collectFiles, readModelText } from './workspace-loader.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
/** The default port of `ssc playground`. */
export const DEFAULT_PLAYGROUND_PORT = 4180;

/** The built site: `dist/web/` of the package (the same place from the sources and from the bundle in `dist/`). */
export function playgroundRoot(): string {
    return fileURLToPath(new URL('../dist/web/', import.meta.url));
}

/**
 * `ssc playground [--port N] [--host H] [path…]`: serves the playground on the loopback address and
 * prints its URL; the given `.ssc` files open in it. Runs until interrupted; `stop` resolves early (tests).
 */
export async function playgroundCommand(
    paths: readonly string[],
    options: { port?: string; host?: string },
    io: CommandIo,
    stop?: Promise<void>,
): Promise<number> {
    const host = options.host ?? '127.0.0.1';
    if (!LOOPBACK.has(host))
        throw new UsageError(`--host ${host}: the playground is served only on the loopback address (127.0.0.1, ::1 or localhost)`);
    const port = options.port === undefined ? DEFAULT_PLAYGROUND_PORT : Number(options.port);
    if (options.port !== undefined && (!/^\d+$/.test(options.port) || port > 65535))
        throw new UsageError(`--port ${options.port}: give a port number from 0 to 65535 (0 picks a free one)`);
    const root = playgroundRoot();
    if (!existsSync(path.join(root, 'index.html')))
        throw new UsageError(`${root}: the playground is not built yet; run \`npm run build:web\``);
    const files = paths.length > 0 ? await collectFiles(paths, io.cwd) : [];
    if (paths.length > 0 && files.length === 0) throw new UsageError(`${paths.join(', ')}: no .ssc file found`);
    // Read once now so a bad file is reported before the server starts; served fresh at each page load.
    const read = () =>
        Promise.all(files.map(async f => ({ name: path.basename(f), text: await readModelText(f, path.relative(io.cwd, f) || f) })));
    await read();
    let server;
    try {
        server = await startPlaygroundServer({ root, host: host === 'localhost' ? '127.0.0.1' : host, port, files: read });
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use: pick another with --port N (--port 0 picks a free one)`);
        if (code === 'EADDRNOTAVAIL') throw new UsageError(`--host ${host}: this machine has no such address`);
        throw new UsageError(`cannot serve the playground (${(error as Error).message})`);
    }
    const url = files.length > 0 ? `${server.url}?open` : server.url;
    io.stdout(`SSC playground: ${url}\n`);
    io.stderr(
        files.length > 0
            ? `ssc: opening ${files.length} file${files.length === 1 ? '' : 's'}; press Ctrl+C to stop\n`
            : 'ssc: press Ctrl+C to stop\n',
    );
    await new Promise<void>(resolve => {
        const done = () => resolve();
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
        void stop?.then(done);
    });
    await server.close();
    return 0;
}
