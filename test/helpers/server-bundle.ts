import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The bundled language server, the very file the `.vsix` ships. */
export const SERVER_BUNDLE = resolve('dist/server.cjs');

/** Builds the bundles when the server bundle is missing (`npm test` builds them first anyway). */
export function ensureServerBundle(): string {
    if (!existsSync(SERVER_BUNDLE)) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    return SERVER_BUNDLE;
}
