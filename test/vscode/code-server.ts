import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** The shared offline installer/launcher of code-server (VS Code 1.100.3), beside the repository. */
export const CODE_SERVER_SH = path.resolve(ROOT, '..', 'shared', 'tools', 'code-server.sh');

/** A running code-server serving one folder. */
export interface CodeServer {
    url: string;
    stop(): void;
}

function script(args: string[], timeout: number): string {
    if (!existsSync(CODE_SERVER_SH)) throw new Error(`${CODE_SERVER_SH} is missing: the shared tools must sit beside the repository`);
    return execFileSync('bash', [CODE_SERVER_SH, ...args], { encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Installs code-server once (cached) and the given `.vsix` into it. */
export function installExtension(vsix: string): void {
    script(['install'], 15 * 60_000);
    script(['install-ext', vsix], 5 * 60_000);
}

/** Serves `folder` on a local port and returns its URL. */
export function startCodeServer(folder: string, port: number): CodeServer {
    const pid = Number(
        script(['start', folder, String(port)], 120_000)
            .trim()
            .split('\n')
            .pop(),
    );
    if (!Number.isFinite(pid)) throw new Error('code-server did not start');
    return {
        url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`,
        stop: () => {
            spawnSync('bash', [CODE_SERVER_SH, 'stop', String(pid)]);
        },
    };
}
