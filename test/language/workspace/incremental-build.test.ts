import { DocumentState, type LangiumDocument } from 'langium';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Kpi, Model, Relation, Stakeholder } from '../../../language/generated/ast.js';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace, editFile as edit, type TestWorkspace } from '../../helpers/workspace.js';

const stakeholder = (name: string, aim = 'clean air') => `stakeholder ${name} : citizens {
    aims "${aim}"
}`;

const FILES = {
    'people.ssc': [stakeholder('Alice'), stakeholder('Bob')].join('\n'),
    'map.ssc': 'relation Alice -> Bob : informs',
    'kpis.ssc': 'kpi Air "Air quality" { provider Bob examiner Alice }',
    'other.ssc': stakeholder('Carol') + '\nrelation Carol -> Carol : informs',
};

const path = (document: LangiumDocument) => document.uri.path.slice('/work/'.length);

/** A stakeholder of the file's current syntax tree (the document stays, its tree is replaced on each edit). */
function declaration(ws: TestWorkspace, file: string, name: string): Stakeholder {
    const model = ws.documents.get(file)!.parseResult.value as Model;
    return model.elements.find(e => e.$type === 'Stakeholder' && e.name === name) as Stakeholder;
}

const relation = (ws: TestWorkspace) => (ws.documents.get('map.ssc')!.parseResult.value as Model).elements[0] as Relation;

describe('an edit relinks and revalidates other files only when exported names change', () => {
    let ws: TestWorkspace;
    let linked: string[];
    let validated: string[];
    beforeEach(async () => {
        ws = await buildWorkspace(FILES);
        linked = [];
        validated = [];
        const builder = ws.services.shared.workspace.DocumentBuilder;
        builder.onDocumentPhase(DocumentState.Linked, d => {
            if (d.uri.scheme === 'file') linked.push(path(d));
        });
        builder.onDocumentPhase(DocumentState.Validated, d => {
            if (d.uri.scheme === 'file') validated.push(path(d));
        });
    });
    const codes = (file: string) => ws.diagnostics(file).map(d => d.code);

    test('a string edit relinks and revalidates no other file', async () => {
        await edit(ws, 'people.ssc', FILES['people.ssc'].replace('"clean air"', '"cleaner air"'));
        expect(linked).toEqual(['people.ssc']);
        expect(validated).toEqual(['people.ssc']);
    });

    test('after a string edit, references from other files lead into the new syntax tree', async () => {
        const before = relation(ws).from.ref;
        await edit(ws, 'people.ssc', FILES['people.ssc'].replace('"clean air"', '"cleaner air"'));
        const alice = declaration(ws, 'people.ssc', 'Alice');
        expect(alice).not.toBe(before);
        expect(relation(ws).from.ref).toBe(alice);
        expect(relation(ws).to.ref).toBe(declaration(ws, 'people.ssc', 'Bob'));
    });

    test('declarations that move keep their references (links and the reference index) without relinking', async () => {
        // A relation inserted first shifts both stakeholders: their paths change, their names do not.
        await edit(ws, 'people.ssc', 'relation Alice -> Bob : funds\n' + FILES['people.ssc']);
        expect(linked).toEqual(['people.ssc']);
        expect(validated).toEqual(['people.ssc']);
        const bob = declaration(ws, 'people.ssc', 'Bob');
        expect(relation(ws).to.ref).toBe(bob);
        const kpi = (ws.documents.get('kpis.ssc')!.parseResult.value as Model).elements[0] as Kpi;
        expect(kpi.provider?.ref).toBe(bob);
        const { AstNodeLocator } = ws.services.Ssc.workspace;
        const references = ws.services.shared.workspace.IndexManager.findAllReferences(bob, AstNodeLocator.getAstNodePath(bob))
            .map(r => r.sourceUri.path.slice('/work/'.length))
            .toArray()
            .sort();
        expect(references).toEqual(['kpis.ssc', 'map.ssc', 'people.ssc']);
    });

    test('renaming a stakeholder relinks and revalidates exactly the files that refer to the old name', async () => {
        await edit(ws, 'people.ssc', [stakeholder('Alicia'), stakeholder('Bob')].join('\n'));
        expect(linked.sort()).toEqual(['kpis.ssc', 'map.ssc', 'people.ssc']);
        expect(validated.sort()).toEqual(['kpis.ssc', 'map.ssc', 'people.ssc']);
        expect(codes('map.ssc')).toContain(Rule.UnknownReference);
        expect(codes('kpis.ssc')).toContain(Rule.UnknownReference);
        expect(codes('other.ssc')).not.toContain(Rule.UnknownReference);
    });

    test('declaring a name that was unknown resolves the references to it in other files', async () => {
        await edit(ws, 'people.ssc', [stakeholder('Alicia'), stakeholder('Bob')].join('\n'));
        expect(codes('map.ssc')).toContain(Rule.UnknownReference);
        await edit(ws, 'other.ssc', FILES['other.ssc'] + '\n' + stakeholder('Alice'));
        expect(codes('map.ssc')).not.toContain(Rule.UnknownReference);
        expect(relation(ws).from.ref).toBe(declaration(ws, 'other.ssc', 'Alice'));
    });

    test('removing a stakeholder updates the files that refer to it', async () => {
        await edit(ws, 'people.ssc', stakeholder('Bob'));
        expect(codes('map.ssc')).toContain(Rule.UnknownReference);
        expect(ws.diagnostics('map.ssc').find(d => d.code === Rule.UnknownReference)?.message).toContain("'Alice'");
        expect(linked).not.toContain('other.ssc');
    });

    test('deleting a file relinks the files that referred to it and unlinks the deleted tree', async () => {
        const people = ws.documents.get('people.ssc')!;
        await ws.services.shared.workspace.DocumentBuilder.update([], [people.uri]);
        expect(people.references).toEqual([]);
        expect(relation(ws).from.ref).toBeUndefined();
        expect(codes('map.ssc')).toContain(Rule.UnknownReference);
        expect(codes('kpis.ssc')).toContain(Rule.UnknownReference);
        expect(linked.sort()).toEqual(['kpis.ssc', 'map.ssc']);
    });
});
