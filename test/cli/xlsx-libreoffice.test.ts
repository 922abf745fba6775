/**
 * The exported workbook in a real spreadsheet application: LibreOffice (Debian's
 * `libreoffice-calc-nogui`, installed by `.ci/run`) opens it headless and saves every sheet as
 * CSV; the cells must be the model's. In CI a missing LibreOffice fails the test, never skips it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateModel } from '../../bench/model-generator.js';
import { TABLE_IDS } from '../../language/model/render/table-rows.js';
import { ensureBuilt, ssc, tempDir } from '../helpers/cli.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(p => spawnSync(p, ['--version'], { encoding: 'utf8' }).status === 0);

/** Every sheet of a workbook as LibreOffice saves it to CSV (UTF-8, comma, one file per sheet). */
function libreOfficeSheets(xlsx: string): Map<string, string[][]> {
    const out = tempDir('ssc-lo-');
    const profile = tempDir('ssc-lo-profile-');
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    const run = spawnSync(
        SOFFICE!,
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', out, xlsx],
        { encoding: 'utf8', timeout: 180_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const stem = path.basename(xlsx, '.xlsx');
    const sheets = new Map<string, string[][]>();
    for (const file of readdirSync(out)) {
        sheets.set(
            file.slice(stem.length + 1, -'.csv'.length),
            parse(readFileSync(path.join(out, file), 'utf8'), { relax_column_count: true }) as string[][],
        );
    }
    return sheets;
}

/** Our own CSV export of the same tables, with the formula guard (a leading `'`) taken off again. */
function ourTables(paths: string[]): Map<string, string[][]> {
    const folder = path.join(tempDir('ssc-csv-'), 'tables') + path.sep;
    expect(ssc(['generate', ...paths, '--format', 'csv', '--out', folder]).status).toBe(0);
    const tables = new Map<string, string[][]>();
    for (const id of TABLE_IDS) {
        const rows = parse(readFileSync(path.join(folder, `${id}.csv`), 'utf8'), { relax_column_count: true }) as string[][];
        tables.set(
            id,
            rows.map(row => row.map(cell => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell))),
        );
    }
    return tables;
}

/** Rows without trailing empty cells (LibreOffice writes a full rectangle, our CSV writes what each row has). */
function trimmed(rows: string[][]): string[][] {
    return rows.map(row => {
        const copy = [...row];
        while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
        return copy;
    });
}

describe.skipIf(!SOFFICE && !process.env.CI)('LibreOffice opens the exported workbook', () => {
    beforeAll(() => {
        ensureBuilt();
        expect(SOFFICE, 'LibreOffice (soffice) is required: apt-get install libreoffice-calc-nogui').toBeDefined();
    });

    function check(paths: string[], name: string): Map<string, string[][]> {
        const xlsx = path.join(tempDir(), `${name}.xlsx`);
        expect(ssc(['generate', ...paths, '--format', 'xlsx', '--out', xlsx]).status).toBe(0);
        const sheets = libreOfficeSheets(xlsx);
        expect([...sheets.keys()].sort()).toEqual([...TABLE_IDS, 'grid'].sort());
        for (const [id, rows] of ourTables(paths)) expect(trimmed(sheets.get(id)!), `sheet ${id}`).toEqual(trimmed(rows));
        const analysis = JSON.parse(ssc(['generate', ...paths, '--format', 'json']).stdout) as {
            stakeholders: Array<{ id: string; name: string | null; quadrant: string }>;
        };
        const grid = sheets.get('grid')!;
        expect(grid.slice(1).map(r => r[1])).toEqual(analysis.stakeholders.map(s => s.id));
        expect(grid.slice(1).map(r => r[0])).toEqual(analysis.stakeholders.map(s => s.name ?? s.id));
        return sheets;
    }

    test("the Valencia example: every sheet's cells are the model's", { timeout: 300_000 }, () => {
        check(['examples/valencia'], 'valencia');
    });

    test('texts that look like formulas come out as the text, not a computed value', { timeout: 300_000 }, () => {
        const dir = tempDir();
        writeFileSync(
            path.join(dir, 'm.ssc'),
            'stakeholder Evil "=1+1" : municipality {\n    power high\n    interest low\n    aims "=SUM(1;2)", "@now"\n}\n' +
                'stakeholder Minus "-5" : ngo\n',
        );
        const sheets = check([dir], 'hostile');
        expect(sheets.get('engagement')![1][0]).toBe('=1+1');
        expect(sheets.get('engagement')![2][0]).toBe('-5');
    });

    test('a generated model of 200 stakeholders', { timeout: 300_000 }, () => {
        const dir = tempDir();
        mkdirSync(path.join(dir, 'src'));
        for (const [file, text] of generateModel({ stakeholders: 200, seed: 3 })) writeFileSync(path.join(dir, 'src', file), text);
        check([path.join(dir, 'src')], 'generated');
    });
});
