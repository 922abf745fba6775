import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, sscIn, tempDir } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
    ensureBuilt();
    dir = tempDir();
});

function oneLine(run: { stderr: string }): string {
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    return lines[0];
}

describe('bad input gets one clear line and exit 2, or correct results', () => {
    test('a folder with no .ssc file', async () => {
        mkdirSync(path.join(dir, 'empty'));
        writeFileSync(path.join(dir, 'empty', 'notes.txt'), 'hello');
        const run = await sscIn(['validate', 'empty'], dir);
        expect(run.status).toBe(2);
        expect(oneLine(run)).toBe('ssc: empty: no .ssc files in this folder');
    });

    test('a binary file', async () => {
        writeFileSync(path.join(dir, 'image.ssc'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]));
        const run = await sscIn(['validate', 'image.ssc'], dir);
        expect(run.status).toBe(2);
        expect(oneLine(run)).toBe('ssc: image.ssc: not a text file (it contains NUL bytes)');
    });

    test('a file that is not UTF-8', async () => {
        writeFileSync(path.join(dir, 'latin1.ssc'), Buffer.from('stakeholder A "Caf\xe9" : citizens\n', 'latin1'));
        const run = await sscIn(['validate', 'latin1.ssc'], dir);
        expect(run.status).toBe(2);
        expect(oneLine(run)).toBe('ssc: latin1.ssc: not a UTF-8 text file');
    });

    test('a dangling link is reported by name', async () => {
        const run = await sscIn(['generate', 'gone/model.ssc', '--format', 'json'], dir);
        expect(run.status).toBe(2);
        expect(oneLine(run)).toBe('ssc: gone/model.ssc: no such file or folder');
    });

    test('a byte-order mark and CRLF line ends give correct positions', async () => {
        writeFileSync(path.join(dir, 'windows.ssc'), '\uFEFFstakeholder A : citizens\r\nstakeholder B : citizen\r\n');
        const run = await sscIn(['validate', 'windows.ssc', '--format', 'json'], dir);
        expect(run.status).toBe(1);
        const unknown = JSON.parse(run.stdout).find((d: { code: string }) => d.code === 'identification/unknown-reference');
        expect(unknown).toMatchObject({ line: 2, column: 17, endColumn: 24 });
    });

    test('a file of several MB validates', { timeout: 180_000 }, async () => {
        const blocks: string[] = [];
        for (let i = 0, size = 0; size < 3_000_000; i++, size += blocks[blocks.length - 1].length) {
            blocks.push(
                `stakeholder S${i} "Stakeholder number ${i} with a long descriptive name" : citizens {\n    scale local\n    sector civil\n    power ${1 + (i % 5)}\n    interest ${1 + ((i * 7) % 5)}\n    aims "An aim that is long enough to make the file grow quickly ${i}"\n}\n`,
            );
        }
        writeFileSync(path.join(dir, 'big.ssc'), blocks.join(''));
        const run = await sscIn(['generate', 'big.ssc', '--format', 'json'], dir);
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout).stakeholders).toHaveLength(blocks.length);
    });
});
