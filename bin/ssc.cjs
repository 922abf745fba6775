#!/usr/bin/env node
// The `ssc` command: loads the bundled CLI built by `npm run build`.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
    process.stderr.write('ssc: the CLI is not built yet; run `npm run build` in ' + path.join(__dirname, '..') + '\n');
    process.exit(2);
}
// The language server runs with the Node options in protocol/server-launch.ts (a test keeps them equal).
const SERVER_NODE_ARGS = ['--max-semi-space-size=64'];
const args = process.argv.slice(2);
if (args[0] === 'lsp' && !args.includes('--node-ipc') && !SERVER_NODE_ARGS.every(a => process.execArgv.includes(a))) {
    // Re-run with those options; the child shares this process's standard streams.
    const { spawn } = require('node:child_process');
    const child = spawn(process.execPath, [...process.execArgv, ...SERVER_NODE_ARGS, __filename, ...args], { stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => (signal ? process.kill(process.pid, signal) : process.exit(code ?? 1)));
} else {
    require(bundle);
}
