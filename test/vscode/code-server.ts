import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
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

/** The extensions folder the script installs into (see code-server.sh). */
const EXTENSIONS = path.join(process.env.CODE_SERVER_HOME ?? path.join(homedir(), '.cache', 'ssc-code-server'), 'data', 'extensions');

/**
 * Installs code-server once (cached) and the given `.vsix` into it; the files of one run share the
 * installation: a `.vsix` with the same content as the one installed last is not installed again.
 */
export function installExtension(vsix: string): void {
    script(['install'], 15 * 60_000);
    const stamp = path.join(EXTENSIONS, '.ssc-installed-vsix');
    // The content of the package and the time the installed copy was written: another install since changes the latter.
    const installed = () => {
        const { publisher, name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, string>;
        const manifest = path.join(EXTENSIONS, `${publisher}.${name}-${version}`, 'package.json');
        return existsSync(manifest) ? String(statSync(manifest).mtimeMs) : 'none';
    };
    const hash = createHash('sha256').update(readFileSync(vsix)).digest('hex');
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${hash} ${installed()}`) return;
    script(['install-ext', vsix], 5 * 60_000);
    writeFileSync(stamp, `${hash} ${installed()}`);
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
