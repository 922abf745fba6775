import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

/** The page's policy (also in its meta tag); the server repeats it as a header. */
export const PLAYGROUND_CSP =
    "default-src 'none'; script-src 'self'; worker-src 'self'; child-src 'self'; frame-src 'self'; connect-src 'self'; img-src 'self' data: blob:; font-src 'self'; style-src 'self' 'unsafe-inline'; manifest-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'self'";
const FRAME_CSP =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'self'";

const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.ttf': 'font/ttf',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.map': 'application/json; charset=utf-8',
};

/** What the server needs: the built site, the address, and the files to open (read at each request). */
export interface PlaygroundServerOptions {
    root: string;
    host: string;
    port: number;
    /** The `.ssc` files given on the command line, served as `files.json`. */
    files?: () => Promise<Array<{ name: string; text: string }>>;
}

/** A running server: its address, and a way to stop it. */
export interface PlaygroundServer {
    url: string;
    close(): Promise<void>;
}

/**
 * Serves the playground site (a static folder) on a loopback address: GET and HEAD only, no file
 * outside the folder, no directory listings, the content security policy as a header, and only
 * requests that name this server in their Host header (so another site cannot reach it through DNS
 * rebinding). `files.json` carries the files given to `ssc playground`.
 */
export async function startPlaygroundServer(options: PlaygroundServerOptions): Promise<PlaygroundServer> {
    const root = path.resolve(options.root);
    let allowedHosts: Set<string> = new Set();
    const server = createServer(
        (request, response) =>
            void handle(request, response).catch(() => {
                if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n');
                else response.destroy();
            }),
    );

    async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
        if (!allowedHosts.has((request.headers.host ?? '').toLowerCase()))
            return send(response, 403, 'text/plain; charset=utf-8', 'forbidden host\n');
        if (request.method !== 'GET' && request.method !== 'HEAD') {
            response.setHeader('Allow', 'GET, HEAD');
            return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
        }
        let pathname: string;
        try {
            pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        } catch {
            return send(response, 400, 'text/plain; charset=utf-8', 'bad request\n');
        }
        if (pathname === '/') pathname = '/index.html';
        if (pathname === '/files.json') {
            const files = options.files ? await options.files() : [];
            return send(response, 200, TYPES['.json'], JSON.stringify({ files }), request.method === 'HEAD');
        }
        const file = path.resolve(root, '.' + pathname);
        if (pathname.includes('\0') || (file !== root && !file.startsWith(root + path.sep)))
            return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
        const info = await stat(file).catch(() => undefined);
        if (!info?.isFile()) return send(response, 404, 'text/plain; charset=utf-8', 'not found\n');
        const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
        if (type.startsWith('text/html'))
            response.setHeader('Content-Security-Policy', path.basename(file) === 'preview.html' ? FRAME_CSP : PLAYGROUND_CSP);
        send(response, 200, type, await readFile(file), request.method === 'HEAD');
    }

    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address() as AddressInfo;
    const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
    allowedHosts = new Set([`${shownHost}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`].map(h => h.toLowerCase()));
    return {
        url: `http://${shownHost}:${port}/`,
        close: () =>
            new Promise<void>(resolve => {
                server.closeAllConnections();
                server.close(() => resolve());
            }),
    };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headOnly = false): void {
    response.writeHead(status, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'no-cache',
    });
    response.end(headOnly ? undefined : body);
}
