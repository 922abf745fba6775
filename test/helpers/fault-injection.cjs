// Fault injection for the CLI tests, loaded into the real `ssc` process with `node -r <this file>`.
// It wraps fs.promises.writeFile (the call the CLI writes its files with) for paths whose file
// name contains SSC_FAULT_MATCH: the first half of the data really goes to disk, then
//   SSC_FAULT=enospc  the call fails with the error Node gives on a full device (code ENOSPC);
//   SSC_FAULT=pause   the call never finishes: it announces `ssc-fault: paused <path>` on stderr
//                     and waits, so a test can signal the process in the middle of a write.
// Every other call goes through untouched.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const fault = process.env.SSC_FAULT;
const match = process.env.SSC_FAULT_MATCH;
if (fault && match) {
    const promises = fs.promises;
    const realWriteFile = promises.writeFile;
    promises.writeFile = async function writeFile(file, data, options) {
        if (typeof file !== 'string' || !path.basename(file).includes(match)) return realWriteFile.call(this, file, data, options);
        const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
        await realWriteFile.call(this, file, text.slice(0, Math.ceil(text.length / 2)), options);
        if (fault === 'enospc') {
            throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { errno: -28, code: 'ENOSPC', syscall: 'write' });
        }
        if (fault === 'pause') {
            fs.writeSync(2, `ssc-fault: paused ${file}\n`);
            setInterval(() => undefined, 60_000);
            return new Promise(() => undefined);
        }
        throw new Error(`fault-injection: unknown SSC_FAULT ${fault}`);
    };
}
