import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, ssc, sscIn, tempDir } from '../helpers/cli.js';
import { generatedRegister, save, typicalRegister, zipBomb } from '../helpers/registers.js';

/** The diagnostics of a model file that are syntax errors (there must be none). */
async function syntaxErrors(file: string): Promise<unknown[]> {
    const run = await sscIn(['validate', file, '--format', 'json']);
    return (JSON.parse(run.stdout) as Array<{ code: string }>).filter(d => d.code === 'syntax');
}

describe('ssc import: registers as people build them', () => {
    let dir: string;
    beforeAll(async () => {
        ensureBuilt();
        dir = tempDir('ssc-import-');
        await typicalRegister(path.join(dir, 'register.xlsx'));
    });

    test('a workbook with a read-me sheet, a title row, merged cells, formulas and dates becomes a valid model', async () => {
        const run = await sscIn(['import', 'register.xlsx', '--out', 'model.ssc'], dir);
        expect(run.stderr).toContain('ssc import: register.xlsx, sheet "Stakeholders", header on row 3');
        expect(run.stderr).toContain('rows imported: 4; rows skipped: 1');
        expect(run.stderr).toContain('row 9: no name');
        expect(run.status).toBe(1);
        const model = readFileSync(path.join(dir, 'model.ssc'), 'utf8');
        // The merged group cell counts for both rows; the formula gives its cached value; the date is ISO.
        expect(model).toContain('stakeholder RiversideWater "Riverside Water" : utility-provider {');
        expect(model).toContain('stakeholder RiversideGas "Riverside Gas" : utility-provider {');
        expect(model).toMatch(/stakeholder RiversideGas[^}]*interest low/);
        expect(model).toContain('// Last contact: 2026-03-15');
        expect(model).toContain('// Score: 8');
        expect(model).toContain('stakeholder BoroughCouncil "Borough council" : municipality {');
        expect(model).toContain('strategy manage-closely "Chairs the board"');
        expect(model).toContain('aims "Efficient services", "Lower emissions"');
        expect(model).toContain('stakeholder NeighboursAssociation "Neighbours\u2019 association" : citizens {');
        expect(await syntaxErrors(path.join(dir, 'model.ssc'))).toEqual([]);
    });

    test("output is our formatter's canonical layout", async () => {
        const run = await sscIn(['import', 'register.xlsx', '--dry-run'], dir);
        expect(run.stdout).toMatch(
            /^\/\/ Imported by ssc import from register\.xlsx, sheet "Stakeholders" \(header on row 3\)\.\n\nstakeholder /,
        );
        expect(run.stdout).toContain('\n    power high\n    interest low\n');
        expect(run.stdout.endsWith('}\n')).toBe(true);
    });

    test('--sheet picks a sheet; a missing one is named with the sheets there are', async () => {
        const run = await sscIn(['import', 'register.xlsx', '--sheet', 'Read me', '--dry-run'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^ssc: register\.xlsx: no name column/);
        const missing = await sscIn(['import', 'register.xlsx', '--sheet', 'Nope', '--dry-run'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toBe('ssc: register.xlsx: no sheet named "Nope" (sheets: "Read me", "Stakeholders")\n');
    });

    test('never overwrites without --force; --dry-run writes nothing', async () => {
        const target = path.join(dir, 'exists.ssc');
        writeFileSync(target, '// mine\n');
        const refused = await sscIn(['import', 'register.xlsx', '--out', 'exists.ssc'], dir);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toBe('ssc: exists.ssc: already exists (use --force to overwrite, or --out to choose another file)\n');
        expect(readFileSync(target, 'utf8')).toBe('// mine\n');
        expect((await sscIn(['import', 'register.xlsx', '--out', 'exists.ssc', '--force'], dir)).status).toBe(1);
        expect(readFileSync(target, 'utf8')).toContain('stakeholder RiversideWater');
        const before = readdirSync(dir).sort();
        expect((await sscIn(['import', 'register.xlsx', '--dry-run', '--out', 'other.ssc'], dir)).stdout).toContain('stakeholder');
        expect(readdirSync(dir).sort()).toEqual(before);
    });

    test('without --out the model goes beside the spreadsheet, named after it', async () => {
        const sub = tempDir();
        save(path.join(sub, 'people.csv'), 'Name,Group\nCouncil,Municipality\n');
        const run = await sscIn(['import', 'people.csv'], sub);
        expect(run.status).toBe(0);
        expect(run.stderr).toContain('ssc: wrote people.ssc');
        expect(readFileSync(path.join(sub, 'people.ssc'), 'utf8')).toContain('stakeholder Council "Council" : municipality');
    });

    test('CSV with ";" delimiters, a BOM and quoted line breaks', async () => {
        const file = save(
            path.join(dir, 'excel-eu.csv'),
            '\uFEFFNombre;Name;Type;Power;Interest;Aims\r\n;Ayuntamiento;Municipality;Alto;High;"Eficiencia\r\nTransparencia"\r\n',
        );
        const run = await sscIn([
            'import',
            file,
            '--dry-run',
            '--map',
            save(path.join(dir, 'map.json'), JSON.stringify({ values: { power: { Alto: 'high' } } })),
        ]);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('stakeholder Ayuntamiento "Ayuntamiento" : municipality {');
        expect(run.stdout).toContain('power high');
        expect(run.stdout).toContain('aims "Eficiencia", "Transparencia"');
        expect(run.stderr).toContain('"Nombre": not recognised');
    });

    test('hidden sheets are read only when named; legitimacy and urgency become the salience attributes', async () => {
        const book = new ExcelJS.Workbook();
        const old = book.addWorksheet('Old register', { state: 'hidden' });
        old.addRow(['Name', 'Group']);
        old.addRow(['Former partner', 'NGO']);
        const current = book.addWorksheet('Current');
        current.addRow(['Name', 'Group', 'Power', 'Legitimacy', 'Urgency']);
        current.addRow(['Council', 'Municipality', 'High', 'Medium', 5]);
        const file = path.join(dir, 'hidden.xlsx');
        await book.xlsx.writeFile(file);
        const run = await sscIn(['import', file, '--dry-run']);
        expect(run.stdout).toContain(
            'stakeholder Council "Council" : municipality {\n    power high\n    legitimacy medium\n    urgency 5\n}',
        );
        expect(run.stdout).not.toContain('Former partner');
        const hidden = await sscIn(['import', file, '--sheet', 'Old register', '--dry-run']);
        expect(hidden.stdout).toContain('stakeholder FormerPartner "Former partner" : ngo');
    });

    test('a bad --map file is one line, exit 2', async () => {
        const bad = save(path.join(dir, 'bad-map.json'), '{ "columns": ');
        const run = await sscIn(['import', 'register.xlsx', '--map', bad, '--dry-run'], dir);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^ssc: .*bad-map\.json: not valid JSON \(.*\)\n$/);
    });
});

describe('ssc import: hostile files get one line, exit 2, nothing written', () => {
    let dir: string;
    beforeAll(() => {
        ensureBuilt();
        dir = tempDir('ssc-hostile-');
    });

    async function refused(name: string, content: Buffer | string, reason: RegExp): Promise<void> {
        const file = save(path.join(dir, name), content);
        const started = Date.now();
        const run = await sscIn(['import', file, '--out', path.join(dir, 'out.ssc')]);
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr.split('\n')).toHaveLength(2);
        expect(run.stderr).toMatch(reason);
        expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
        expect(existsSync(path.join(dir, 'out.ssc'))).toBe(false);
        expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
        expect(Date.now() - started).toBeLessThan(60_000);
    }

    test('a corrupt zip and a truncated workbook', async () => {
        const good = await generatedRegister(50);
        await refused('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)), /truncated\.xlsx: not a readable \.xlsx file/);
        const corrupt = Buffer.from(good);
        for (let i = 200; i < corrupt.length - 200; i += 97) corrupt[i] ^= 0x5a;
        await refused('corrupt.xlsx', corrupt, /corrupt\.xlsx: not a readable \.xlsx file/);
        await refused('not-zip.xlsx', 'Name,Group\n', /not-zip\.xlsx: not a readable \.xlsx file \(it is not a zip archive/);
    });

    test('a zip bomb is refused before it is inflated in full', async () => {
        await refused('bomb.xlsx', await zipBomb(120), /bomb\.xlsx: refused: the \.xlsx file unpacks to more than 100 MB/);
    });

    test('more than 100,000 rows, in a workbook and in CSV', async () => {
        await refused(
            'rows.xlsx',
            await generatedRegister(100_001, 'short'),
            /rows\.xlsx: too many rows: a sheet has more than 50,000 rows/,
        );
        await refused(
            'rows.csv',
            'Name,Power\n' + 'Someone,4\n'.repeat(100_001),
            /rows\.csv: too many rows: the CSV file has more than 50,000 rows/,
        );
    });

    test('an absurdly long cell', async () => {
        await refused(
            'long.csv',
            `Name,Aims\nA,"${'x'.repeat(40_000)}"\n`,
            /long\.csv: a cell is too long: row 2, column 2 holds 40,000 characters/,
        );
    });

    test('CSV that is not UTF-8', async () => {
        await refused(
            'latin1.csv',
            Buffer.from('Name,Group\nAyuntamiento de Le\xf3n,Municipality\n', 'latin1'),
            /latin1\.csv: the CSV file is not UTF-8 text/,
        );
        await refused(
            'utf16.csv',
            Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\n', 'utf16le')]),
            /utf16\.csv: the CSV file is UTF-16 text/,
        );
    });

    test('an image with a spreadsheet name, and an empty file', async () => {
        const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
        await refused('photo.xlsx', png, /photo\.xlsx: not a spreadsheet: it is a PNG image/);
        await refused('photo.csv', png, /photo\.csv: not a spreadsheet: it is a PNG image/);
        await refused('empty.csv', '', /empty\.csv: the file is empty/);
    });

    test('a file that is not there, and a folder', async () => {
        // The real binary, as a user runs it; the other tests call the same command in-process.
        const missing = ssc(['import', path.join(dir, 'nope.xlsx'), '--dry-run']);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toMatch(/nope\.xlsx: cannot read \(no such file or folder\)\n$/);
        expect((await sscIn(['import', dir, '--dry-run'])).stderr).toMatch(/is a folder, not a spreadsheet\n$/);
    });
});
