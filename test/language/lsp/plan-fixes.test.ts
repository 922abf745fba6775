import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';

const URI_OF = 'file:///work/model.ssc';

async function fixesFor(text: string, code: string, others: Record<string, string> = {}) {
    const ws = await buildWorkspace({ ...others, 'model.ssc': text });
    const document = ws.documents.get('model.ssc') as LangiumDocument;
    const diagnostic = (document.diagnostics ?? []).find(d => d.code === code) as Diagnostic;
    expect(diagnostic, `a ${code} diagnostic`).toBeDefined();
    const provider = ws.services.Ssc.lsp.CodeActionProvider!;
    return (await provider.getCodeActions(document, {
        textDocument: { uri: URI_OF },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
}

function apply(text: string, action: CodeAction): string {
    return TextDocument.applyEdits(TextDocument.create(URI_OF, 'ssc', 1, text), action.edit!.changes![URI_OF]);
}

async function recheck(text: string, code: string, others: Record<string, string> = {}) {
    const ws = await buildWorkspace({ ...others, 'model.ssc': text });
    expect(ws.withCode(code).map(d => d.message)).toEqual([]);
    expect(ws.withCode('syntax')).toEqual([]);
    return ws;
}

describe('plan/action-without-owner: add an owner', () => {
    const council = 'stakeholder Council "City council" : municipality {\n    unit Planning "Urban planning" : urban-planning\n}\n';
    test('offers the municipality and its units, inserted after the with line', async () => {
        const text = `${council}stakeholder W : utility-provider\naction Talks {\n    with W // the water company\n    level consult\n}\n`;
        const actions = await fixesFor(text, Rule.ActionWithoutOwner);
        expect(actions.map(a => a.title)).toEqual(["Add 'owner Council' (City council)", "Add 'owner Council.Planning' (Urban planning)"]);
        const fixed = apply(text, actions[1]);
        expect(fixed).toContain('    with W // the water company\n    owner Council.Planning\n    level consult\n');
        await recheck(fixed, Rule.ActionWithoutOwner);
    });
    test('an action without a block gets one; with no municipality, its participants are offered', async () => {
        const text = 'stakeholder W : utility-provider\naction Talks\n';
        const actions = await fixesFor(text, Rule.ActionWithoutOwner);
        expect(actions.map(a => a.title)).toEqual([]);
        const withParties = 'stakeholder W : utility-provider\naction Talks { with W }\n';
        const offered = await fixesFor(withParties, Rule.ActionWithoutOwner);
        expect(offered.map(a => a.title)).toEqual(["Add 'owner W'"]);
        await recheck(apply(withParties, offered[0]), Rule.ActionWithoutOwner);
        const blockless = `${council}action Talks\n`;
        const fixed = apply(blockless, (await fixesFor(blockless, Rule.ActionWithoutOwner))[0]);
        expect(fixed).toContain('action Talks {\n    owner Council\n}');
        await recheck(fixed, Rule.ActionWithoutOwner);
    });
});

describe('plan/gap-without-action: an action skeleton', () => {
    test("toward the desired level at the strategy's least IAP2 level, right after the stakeholder, with no invented text", async () => {
        const text =
            'stakeholder W : utility-provider {\n    power 4\n    interest 4\n    engagement resistant -> supportive\n    strategy manage-closely\n}\n\nrelation W -> W : informs\n';
        const [action] = await fixesFor(text, Rule.GapWithoutAction);
        expect(action.title).toBe("Add an action with W toward 'supportive' (level involve)");
        expect(action.isPreferred).toBe(true);
        const fixed = apply(text, action);
        expect(fixed).toContain(
            '}\n\naction EngageW {\n    with W\n    level involve\n    toward supportive\n    status open\n}\n\nrelation',
        );
        expect(fixed).not.toMatch(/TODO|"/);
        await recheck(fixed, Rule.GapWithoutAction);
    });
    test('the action name is free across the workspace; a monitor stakeholder gets the lowest level', async () => {
        const text = 'stakeholder W : utility-provider { power 2 interest 2 engagement unaware -> neutral strategy monitor }\n';
        const [action] = await fixesFor(text, Rule.GapWithoutAction, { 'other.ssc': 'action EngageW { with X }\nstakeholder X : ngo' });
        expect(apply(text, action)).toContain('action EngageW2 {\n    with W\n    level inform\n    toward neutral\n');
    });
});
