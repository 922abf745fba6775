import { describe, expect, test } from 'vitest';
import { OPEN_PREVIEW_COMMAND } from '../../../language/lsp/ssc-code-lens-provider.js';
import { buildWorkspace } from '../../helpers/workspace.js';

describe('code lens', () => {
    test('"Open preview" sits on the programme and passes its document URI', async () => {
        const ws = await buildWorkspace({
            'city.ssc': '// header\n\nprogramme P { city "X" }\nstakeholder A : citizens',
            'other.ssc': 'stakeholder B : ngo',
        });
        const provider = ws.services.Ssc.lsp.CodeLensProvider!;
        const city = ws.documents.get('city.ssc')!;
        const lenses = await provider.provideCodeLens(city, { textDocument: { uri: city.uri.toString() } });
        expect(lenses).toEqual([
            {
                range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
                command: { title: 'Open preview', command: OPEN_PREVIEW_COMMAND, arguments: ['file:///work/city.ssc'] },
            },
        ]);
        expect(OPEN_PREVIEW_COMMAND).toBe('ssc.openPreview');
        const other = ws.documents.get('other.ssc')!;
        expect(await provider.provideCodeLens(other, { textDocument: { uri: other.uri.toString() } })).toEqual([]);
    });
});
