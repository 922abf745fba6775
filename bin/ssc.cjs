#!/usr/bin/env node
// The `ssc` command: loads the bundled CLI built by `npm run build`.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
    process.stderr.write('ssc: the CLI is not built yet; run `npm run build` in ' + path.join(__dirname, '..') + '\n');
    process.exit(2);
}
require(bundle);
