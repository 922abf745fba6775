import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatSscText } from '../../language/lsp/formatting/ssc-formatter.js';
import { createTestServices } from '../helpers/workspace.js';
import { REGRESSIONS, seedModels } from './campaign.js';
import { runPipeline } from './pipeline.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

describe('seed models, unmutated, through every stage', () => {
    test.each(seedModels())('$name', async ({ text }) => {
        const report = await runPipeline(services, text, { seed: 7, layout: true });
        expect(report.formatted).toBe(true);
        expect(report.steps.map(s => s.name)).toContain('format invariants');
    });
});

describe('regressions found by fuzzing, with the format check', () => {
    const files = readdirSync(REGRESSIONS)
        .filter(f => f.endsWith('.ssc'))
        .sort();
    test.each(files)('%s', async file => {
        // A fresh services instance each, as a crash may have left the shared one in a bad state.
        const fresh = await createTestServices();
        const report = await runPipeline(fresh, readFileSync(path.join(REGRESSIONS, file), 'utf8'), { seed: 7, layout: true });
        expect(report.steps.length).toBeGreaterThan(3);
    });
});

describe('formatting mixed line endings (found by fuzzing)', () => {
    const format = (text: string) => formatSscText(services.Ssc, text);

    /** Range-formats the text from `from` to `to` (offsets) with the formatter service. */
    async function formatRange(text: string, from: number, to: number): Promise<string> {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///fuzz/range.ssc'));
        const textDocument = document.textDocument;
        const edits = await services.Ssc.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 4, insertSpaces: true },
            range: { start: textDocument.positionAt(from), end: textDocument.positionAt(to) },
        });
        return TextDocument.applyEdits(textDocument as TextDocument, edits);
    }

    test('line breaks inside a comment and before the first token do not decide the line ending', () => {
        const once = format('\n\n\n/* a\r\n b */\r\n\r\nkpi K {\r\nprovider A\r\n}\r\n');
        expect(once).toBe('/* a\r\n b */\r\n\r\nkpi K {\r\n    provider A\r\n}\r\n');
        expect(format(once)).toBe(once);
    });

    test('the last line break between tokens decides, so a second format changes nothing', () => {
        const once = format('kpi K {\nprovider A\n}\r\nkpi L {}\r\n');
        expect(once).toBe('kpi K {\r\n    provider A\r\n}\r\nkpi L {}\r\n');
        expect(format(once)).toBe(once);
        expect(format(format('kpi K {\r\nprovider A\r\n}\nkpi L {}'))).toBe(format('kpi K {\r\nprovider A\r\n}\nkpi L {}'));
    });

    test('a range format that reaches the end of the text ends it with the line ending, as a whole format does', async () => {
        const text = 'relation A\r\n-> B : informs';
        const partly = await formatRange(text, 0, 3);
        expect(partly).toBe('relation A -> B : informs\r\n');
        expect(format(partly)).toBe(format(text));
    });
});
