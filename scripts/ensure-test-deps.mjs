// Runs before `npm test` (the `pretest` script): makes sure the programs the browser, Neovim and
// spreadsheet tests drive are installed. On a Debian machine as root it installs what is missing with
// apt-get (one `apt-get update` first); otherwise it stops at once with one line saying what to install,
// so a fresh clone never ends in a wall of browser stack traces.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Each program the tests need, where it is looked for, and the Debian package that provides it. */
const NEEDS = [
    { what: 'Chromium (browser tests)', found: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'), pkg: 'chromium' },
    { what: 'Neovim (LSP client test)', found: () => onPath('nvim'), pkg: 'neovim' },
    { what: 'LibreOffice Calc (spreadsheet tests)', found: () => onPath('soffice'), pkg: 'libreoffice-calc-nogui' },
];

function onPath(program) {
    return (process.env.PATH ?? '').split(delimiter).some(dir => dir && existsSync(join(dir, program)));
}

function fail(line) {
    console.error(`ssc test set-up: ${line}`);
    process.exit(1);
}

function run(args) {
    // A lock held by another apt run is waited for (up to 5 minutes) rather than failing at once.
    const result = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const lastLine = (result.stderr ?? '').trim().split('\n').filter(Boolean).pop() ?? '';
    return result.status === 0 ? undefined : (result.error?.message ?? lastLine) || `exit status ${result.status}`;
}

const missing = NEEDS.filter(n => !n.found());
if (missing.length > 0) {
    const packages = missing.map(n => n.pkg);
    const names = missing.map(n => n.what).join(', ');
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot || !onPath('apt-get')) {
        fail(
            `missing ${names}. Install with: sudo apt-get install -y ${packages.join(' ')} (or set CHROMIUM_PATH), then run npm test again.`,
        );
    }
    console.log(`ssc test set-up: installing ${packages.join(', ')} with apt-get (needed by the tests: ${names})…`);
    const updateError = run(['update', '-qq']);
    if (updateError) fail(`apt-get update failed (${updateError}); install ${packages.join(' ')} by hand, then run npm test again.`);
    const installError = run(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
    if (installError)
        fail(`apt-get install ${packages.join(' ')} failed (${installError}); install them by hand, then run npm test again.`);
    const still = missing.filter(n => !n.found());
    if (still.length > 0) fail(`after apt-get, still missing: ${still.map(n => n.what).join(', ')}.`);
}
