import { describe, expect, test } from 'vitest';
import { buildWorkspace, editFile } from '../../helpers/workspace.js';

const file = (n: number, extra = '') =>
    `stakeholder Dup${extra} "In file ${n}" : citizens\nstakeholder Own${n} : ngo\nunit-type Desk${n}\n`;

describe('the name index', () => {
    test('follows edits file by file and lists declarations in the index order, as a full rebuild does', async () => {
        const ws = await buildWorkspace({ 'a.ssc': file(1), 'b.ssc': file(2), 'c.ssc': file(3) });
        const names = ws.services.Ssc.ssc.NameIndex;
        const index = ws.services.shared.workspace.IndexManager;
        const fromIndex = (type: string, name: string) =>
            index
                .allElements()
                .filter(d => d.name === name && (d.type === type || (d.type !== 'UnitType' && type !== 'UnitType')))
                .map(d => `${d.documentUri.path}#${d.path}`)
                .toArray();
        const listed = (type: string, name: string) => names.declarations(type, name).map(d => `${d.documentUri.path}#${d.path}`);
        expect(listed('Stakeholder', 'Dup')).toEqual(['/work/a.ssc#/elements@0', '/work/b.ssc#/elements@0', '/work/c.ssc#/elements@0']);

        const edits: Array<[string, string]> = [
            ['b.ssc', `stakeholder Other "b" : ngo\n${file(2)}`],
            ['a.ssc', file(1, 'x')],
            ['c.ssc', ''],
            ['a.ssc', file(1)],
            ['c.ssc', file(3)],
            ['b.ssc', `${file(2)}stakeholder Dup "again" : ngo\n`],
        ];
        for (const [name, text] of edits) {
            await editFile(ws, name, text);
            for (const [type, id] of [
                ['Stakeholder', 'Dup'],
                ['Stakeholder', 'Dupx'],
                ['Stakeholder', 'Other'],
                ['UnitType', 'Desk2'],
                ['Stakeholder', 'Own3'],
            ]) {
                expect(listed(type, id), `${name}: ${id}`).toEqual(fromIndex(type, id));
            }
        }
        expect(listed('Stakeholder', 'Dup')).toHaveLength(4);
    });
});
