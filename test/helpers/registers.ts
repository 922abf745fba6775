/**
 * Stakeholder registers built the way people build them, written with exceljs in the test (no
 * binary fixtures): a title row, a read-me sheet, merged cells, formulas, dates, label values.
 */
import { writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A typical register: a read-me sheet first, then the register with a merged title row and a merged group column. */
export async function typicalRegister(file: string): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Read me').addRow(['How to fill in this workbook: one row per stakeholder.']);
    const sheet = workbook.addWorksheet('Stakeholders');
    sheet.addRow(['Stakeholder register — Riverside 2026']);
    sheet.mergeCells('A1:H1');
    sheet.addRow([]);
    sheet.addRow([
        'Stakeholder Name',
        'Stakeholder group',
        'Influence',
        'Interest',
        'Current level',
        'Target level',
        'Strategy',
        'Aims',
        'Last contact',
        'Score',
    ]);
    sheet.addRow([
        'Riverside Water',
        'Utility provider',
        'High',
        'Low',
        'Resistant',
        'Supportive',
        'Keep satisfied',
        'Fewer leaks; Smart meters',
        new Date(Date.UTC(2026, 2, 15)),
        { formula: 'C4*2', result: 8 },
    ]);
    sheet.addRow([
        'Riverside Gas',
        null,
        4,
        { formula: '1+1', result: 2 },
        'Neutral',
        '',
        'Keep satisfied',
        '',
        null,
        { formula: 'C5*2', result: 8 },
    ]);
    sheet.mergeCells('B4:B5'); // one group written once for two rows
    sheet.addRow([]);
    sheet.addRow([
        'Borough council',
        'Municipalities, city councils and city administration',
        'high',
        'high',
        'Supportive',
        'Leading',
        'Manage closely (Chairs the board)',
        'Efficient services\nLower emissions',
        new Date(Date.UTC(2026, 0, 2)),
        null,
    ]);
    sheet.addRow([
        'Neighbours\u2019 association',
        'Citizens and citizen organizations',
        'Low',
        'High',
        'neutral',
        'supportive',
        'Keep informed',
        '',
        null,
        null,
    ]);
    sheet.addRow(['', 'NGOs', 'Low']);
    await workbook.xlsx.writeFile(file);
}

/** A register of `rows` generated stakeholders (one sheet), written with the streaming writer. */
export async function generatedRegister(rows: number, columns: 'short' | 'full' = 'full'): Promise<Buffer> {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
    const sheet = workbook.addWorksheet('Register');
    const groups = ['Utility provider', 'Municipality', 'NGOs', 'ICT companies', 'Citizens and citizen organizations', 'Academia'];
    const words = ['Low', 'Medium', 'High', '5', '1'];
    if (columns === 'short') {
        sheet.addRow(['Name', 'Power']).commit();
        for (let i = 0; i < rows; i++) sheet.addRow([`S${i}`, 4]).commit();
    } else {
        sheet
            .addRow([
                'Name',
                'Group',
                'Influence',
                'Interest',
                'Current engagement',
                'Desired engagement',
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
                    words[i % 5],
                    words[(i * 3) % 5],
                    'Neutral',
                    'Supportive',
                    'Keep informed',
                    `Aim ${i}; Second aim`,
                    `Challenge ${i}`,
                    `Note ${i}`,
                ])
                .commit();
        }
    }
    sheet.commit();
    await workbook.commit();
    return Buffer.concat(chunks);
}

/** A zip bomb dressed as a workbook: a sheet of `megabytes` MB of zeros (a few hundred KB compressed). */
export async function zipBomb(megabytes: number): Promise<Buffer> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook/>');
    const zeros = new PassThrough();
    zip.file('xl/worksheets/sheet1.xml', zeros);
    const generated = zip.generateAsync({
        type: 'nodebuffer',
        compression: 'DEFLATE',
        compressionOptions: { level: 1 },
        streamFiles: true,
    });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    for (let i = 0; i < megabytes; i++) if (!zeros.write(chunk)) await new Promise(resolve => zeros.once('drain', resolve));
    zeros.end();
    return generated;
}

/** Writes bytes to a file and returns its path. */
export function save(file: string, content: Buffer | string): string {
    writeFileSync(file, content);
    return file;
}
