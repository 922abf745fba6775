import { loadavg } from 'node:os';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { buildModelData } from '../language/builder/model-builder.js';
import { analyse } from '../language/model/analysis.js';
import { workbookSheets } from '../language/model/render/workbook-sheets.js';
import { prepareViews } from '../language/model/views/report-data.js';
import { importRegisterFile } from '../language/spreadsheet/import-file.js';
import { renderXlsxWorkbook } from '../language/spreadsheet/xlsx-write.js';
import { createSscServices } from '../language/ssc-module.js';
import { ensureBuiltins } from '../language/workspace/builtins.js';
import { generateModel } from './model-generator.js';
import { stats, type Stats } from './stats.js';

/** Import of a register and export of a workbook, in process (what `ssc import` and `--format xlsx` spend beyond start-up and the build). */
export interface SpreadsheetResult {
    rows: number;
    registerMb: number;
    importMs: Stats;
    /** CPU time of this process (all threads) per import: the figure to read when other work shares the machine. */
    importCpuMs: Stats;
    stakeholders: number;
    workbookMb: number;
    exportMs: Stats;
    exportCpuMs: Stats;
    /** The 1-minute load average when the runs ended. */
    loadAverage?: number;
}

function cpuMs(): number {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
}

/** A register as people keep one: ten columns, label values, two aims per cell. */
async function register(rows: number): Promise<Buffer> {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
    const sheet = workbook.addWorksheet('Register');
    const groups = [
        'Utility provider',
        'Municipality',
        'NGOs',
        'ICT companies',
        'Citizens and citizen organizations',
        'Academia',
        'Urban planners',
    ];
    const grid = ['Low', 'Medium', 'High', '5', '1'];
    const levels = ['Unaware', 'Resistant', 'Neutral', 'Supportive', 'Leading'];
    sheet
        .addRow([
            'Stakeholder',
            'Type',
            'Influence',
            'Interest',
            'Current level',
            'Target level',
            'Strategy',
            'Aims',
            'Challenges',
            'Notes',
        ])
        .commit();
    for (let i = 0; i < rows; i++) {
        sheet
            .addRow([
                `Stakeholder number ${i}`,
                groups[i % groups.length],
                grid[i % 5],
                grid[(i * 3) % 5],
                levels[i % 4],
                levels[4],
                'Keep informed',
                `Better service ${i}; Lower cost ${i}`,
                `Budget ${i}`,
                `Met on ${1 + (i % 28)} March`,
            ])
            .commit();
    }
    sheet.commit();
    await workbook.commit();
    return Buffer.concat(chunks);
}

/** Times `runs` imports of a `rows`-row register and `runs` exports of a `stakeholders`-stakeholder workbook. */
export async function benchSpreadsheets(rows: number, stakeholders: number, runs: number): Promise<SpreadsheetResult> {
    const { shared, Ssc } = createSscServices(EmptyFileSystem);
    const bytes = await register(rows);
    const importTimes: number[] = [],
        importCpu: number[] = [];
    for (let i = 0; i < runs; i++) {
        globalThis.gc?.();
        const start = performance.now(),
            cpu = cpuMs();
        const result = await importRegisterFile(Ssc, bytes, { source: 'register.xlsx' });
        importTimes.push(performance.now() - start);
        importCpu.push(cpuMs() - cpu);
        if (result.report.imported !== rows) throw new Error(`imported ${result.report.imported} of ${rows} rows`);
    }
    const documents: LangiumDocument[] = [ensureBuiltins(shared)];
    for (const [file, text] of generateModel({ stakeholders, files: 100 })) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///bench/${file}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    const analysis = analyse(buildModelData(documents, d => d.uri.path));
    const exportTimes: number[] = [],
        exportCpu: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
        globalThis.gc?.();
        const start = performance.now(),
            cpu = cpuMs();
        const workbook = await renderXlsxWorkbook(workbookSheets(prepareViews(analysis)), 'Generated programme');
        exportTimes.push(performance.now() - start);
        exportCpu.push(cpuMs() - cpu);
        size = workbook.length;
    }
    return {
        rows,
        registerMb: bytes.length / 1e6,
        importMs: stats(importTimes),
        importCpuMs: stats(importCpu),
        stakeholders,
        workbookMb: size / 1e6,
        exportMs: stats(exportTimes),
        exportCpuMs: stats(exportCpu),
        loadAverage: loadavg()[0],
    };
}
