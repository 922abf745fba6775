import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateModel } from '../../bench/model-generator.js';
import { QUADRANT_FILLS } from '../../language/model/render/workbook-sheets.js';
import { TABLE_IDS } from '../../language/model/render/table-rows.js';
import { ensureBuilt, ROOT, sscIn, tempDir } from '../helpers/cli.js';
import { largeModel } from '../helpers/large-model.js';

interface JsonStakeholder {
    id: string;
    name: string | null;
    group: string;
    power: number | null;
    interest: number | null;
    quadrant: string;
    strategy: string | null;
    strategyNote: string | null;
    engagement: { current: string | null; desired: string | null };
}

async function analysisOf(paths: string[]): Promise<{ stakeholders: JsonStakeholder[] }> {
    const run = await sscIn(['generate', ...paths, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout);
}

async function workbook(file: string): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return book;
}

/** What the round trip must keep of each stakeholder. */
function essentials(s: JsonStakeholder) {
    return {
        id: s.id,
        name: s.name ?? s.id,
        group: s.group,
        power: s.power,
        interest: s.interest,
        current: s.engagement.current,
        desired: s.engagement.desired,
        strategy: s.strategy,
        strategyNote: s.strategyNote,
    };
}

describe('ssc generate --format xlsx', () => {
    let dir: string;
    let file: string;
    beforeAll(async () => {
        ensureBuilt();
        dir = tempDir('ssc-xlsx-');
        file = path.join(dir, 'valencia.xlsx');
        const run = await sscIn(['generate', 'examples/valencia', '--format', 'xlsx', '--out', file]);
        expect(run.status, run.stderr).toBe(0);
    });

    test('every table of the CSV export is a sheet, then the grid; headers frozen, bold, filtered; widths fit', async () => {
        const book = await workbook(file);
        expect(book.worksheets.map(s => s.name)).toEqual([...TABLE_IDS, 'grid']);
        const zip = await JSZip.loadAsync(readFileSync(file));
        for (const [index, sheet] of book.worksheets.entries()) {
            expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
            expect(sheet.autoFilter, sheet.name).toBeTruthy();
            expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
            // Widths as the file states them (<col min max width>): every column has one, at least 10 characters.
            const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async('string');
            const widths = new Map<number, number>();
            for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) {
                for (let c = Number(m[1]); c <= Number(m[2]); c++) widths.set(c, Number(m[3]));
            }
            for (let c = 1; c <= sheet.columnCount; c++) expect(widths.get(c), `${sheet.name} column ${c}`).toBeGreaterThanOrEqual(10);
        }
        const csv = (await sscIn(['generate', 'examples/valencia', '--format', 'csv'])).stdout.split('\r\n')[0].split(',');
        expect((book.getWorksheet('engagement')!.getRow(1).values as unknown[]).slice(1)).toEqual(csv);
    });

    test("the grid sheet fills each row with its quadrant's colour, neutral on a line or unplaced", async () => {
        const book = await workbook(file);
        const grid = book.getWorksheet('grid')!;
        const analysis = await analysisOf(['examples/valencia']);
        expect(grid.rowCount).toBe(analysis.stakeholders.length + 1);
        const quadrants = new Set<string>();
        analysis.stakeholders.forEach((s, i) => {
            const row = grid.getRow(i + 2);
            expect(row.getCell(2).value).toBe(s.id);
            const fill = row.getCell(1).fill as ExcelJS.FillPattern;
            expect(fill.fgColor?.argb, s.id).toBe('FF' + QUADRANT_FILLS[s.quadrant]);
            quadrants.add(s.quadrant);
        });
        expect(quadrants).toContain('borderline');
        expect(QUADRANT_FILLS.borderline).toBe(QUADRANT_FILLS.unplaced);
    });

    test('model texts that look like formulas stay text cells; the workbook has no formula at all', async () => {
        const model = path.join(dir, 'hostile');
        mkdirSync(model, { recursive: true });
        writeFileSync(
            path.join(model, 'm.ssc'),
            'stakeholder Evil "=1+1" : municipality {\n    power high\n    interest 3\n' +
                '    aims "=HYPERLINK(\\"http://x\\")", "@SUM(A1)"\n    strategy keep-satisfied "+cmd|calc"\n}\n',
        );
        const out = path.join(dir, 'hostile.xlsx');
        expect((await sscIn(['generate', model, '--format', 'xlsx', '--out', out])).status).toBe(0);
        const book = await workbook(out);
        const cell = book.getWorksheet('engagement')!.getRow(2).getCell(1);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe('=1+1');
        const summary = book.getWorksheet('summary')!.getRow(2).values as unknown[];
        expect(summary).toContain('=HYPERLINK("http://x"); @SUM(A1)');
        const zip = await JSZip.loadAsync(readFileSync(out));
        for (const name of Object.keys(zip.files).filter(n => n.startsWith('xl/worksheets/'))) {
            expect(await zip.file(name)!.async('string'), name).not.toMatch(/<f[ >]/);
        }
    });

    test('binary output needs --out, and never overwrites without --force', async () => {
        const run = await sscIn(['generate', 'examples/valencia', '--format', 'xlsx']);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('ssc: --format xlsx writes a binary workbook: give --out FILE.xlsx\n');
        const again = await sscIn(['generate', 'examples/valencia', '--format', 'xlsx', '--out', file]);
        expect(again.status).toBe(2);
        expect(again.stderr).toContain('already exists (use --force to overwrite)');
        expect((await sscIn(['generate', 'examples/valencia', '--format', 'xlsx', '--out', file, '--force'])).status).toBe(0);
    });
});

describe('round trip: ssc import of the exported engagement sheet gives the stakeholders back', () => {
    beforeAll(() => ensureBuilt());

    async function roundTrip(paths: string[], dir: string): Promise<void> {
        const xlsx = path.join(dir, 'tables.xlsx');
        expect((await sscIn(['generate', ...paths, '--format', 'xlsx', '--out', xlsx, '--force'])).status).toBe(0);
        const model = path.join(dir, 'imported.ssc');
        const run = await sscIn(['import', xlsx, '--sheet', 'engagement', '--out', model, '--force']);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).not.toContain('approximate matches');
        expect(run.stderr).not.toContain('not recognised)');
        const before = (await analysisOf(paths)).stakeholders.map(essentials);
        const after = (await analysisOf([model])).stakeholders.map(essentials);
        expect(after).toEqual(before);
    }

    test.each(['examples/first-model', 'examples/valencia'])('%s', { timeout: 180_000 }, async example => {
        expect(existsSync(path.join(ROOT, example))).toBe(true);
        await roundTrip([example], tempDir());
    });

    test('generated models (300 stakeholders with full profiles, and the crowded grid model)', { timeout: 300_000 }, async () => {
        for (const [name, files] of [
            ['generated', generateModel({ stakeholders: 300, seed: 7 })],
            ['crowded', new Map([['m.ssc', largeModel(120)]])],
        ] as const) {
            const dir = tempDir(`ssc-rt-${name}-`);
            const src = path.join(dir, 'src');
            mkdirSync(src);
            for (const [fileName, text] of files) writeFileSync(path.join(src, fileName), text);
            await roundTrip([src], dir);
        }
    });
});
