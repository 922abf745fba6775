import { describe, expect, test } from 'vitest';
import { buildModelData } from '../../../language/builder/model-builder.js';
import { isBuiltinUri } from '../../../language/builtin/builtin-library.js';
import { buildWorkspace, editFile } from '../../helpers/workspace.js';

const groups = (name: string) => `group ${name}\ngroup Media\n`;
const people = (aims: string, gap = '', inner = '') => `stakeholder A "A" : Press {
    aims "${aims}"${inner}
}
${gap}
stakeholder B "B" : Media
relation A -> B : informs "news"

stakeholder C "C" : citizens
assessment "Q1" on 2026-03-31 {
    A unaware
}
`;

describe('the workspace model', () => {
    test('after each keystroke-like edit it holds the same data as a reading from scratch', async () => {
        const ws = await buildWorkspace({ 'groups.ssc': groups('Press'), 'people.ssc': people('jobs') });
        const model = ws.services.Ssc.ssc.WorkspaceModel;
        const documents = ws.services.shared.workspace.LangiumDocuments;
        const fresh = () =>
            buildModelData(
                documents.all
                    .filter(d => !isBuiltinUri(d.uri.toString()))
                    .toArray()
                    .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString())),
                d => d.uri.toString(),
            );
        expect(model.snapshot().model).toEqual(fresh());
        const edits: Array<[string, string]> = [
            ['people.ssc', people('jobsx')],
            ['people.ssc', people('jobsxy')],
            ['people.ssc', people('jobsxy', '', '\n')],
            ['people.ssc', people('jobsxy', '', '\n\n    power 4')],
            ['people.ssc', people('jobsxy', '', '\n    power 4')],
            ['people.ssc', people('jobsxy', '\n\n')],
            ['people.ssc', people('jobs', '\n')],
            ['groups.ssc', groups('Pres')],
            ['groups.ssc', groups('Press')],
            ['people.ssc', people('jobs', '\nstakeholder D : ngo\n')],
            ['people.ssc', people('jobs', '')],
        ];
        for (const [file, text] of edits) {
            await editFile(ws, file, text);
            expect(model.snapshot().model, `${file}: ${JSON.stringify(text.slice(0, 60))}`).toEqual(fresh());
        }
        expect(ws.services.Ssc.ssc.IncrementalParser.stats().incremental).toBeGreaterThan(4);
    });
});
