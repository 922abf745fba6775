import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { STANDARD_GROUP_IDS } from '../../../language/model/vocabulary.js';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';

const URI_OF = 'file:///work/model.ssc';

/** The quick fixes offered for the first diagnostic of `code` in model.ssc (other files alongside). */
async function fixesFor(text: string, code: string, others: Record<string, string> = {}) {
    const ws = await buildWorkspace({ ...others, 'model.ssc': text });
    const document = ws.documents.get('model.ssc') as LangiumDocument;
    const diagnostic = (document.diagnostics ?? []).find(d => d.code === code) as Diagnostic;
    expect(diagnostic, `a ${code} diagnostic`).toBeDefined();
    const provider = ws.services.Ssc.lsp.CodeActionProvider!;
    const actions = (await provider.getCodeActions(document, {
        textDocument: { uri: URI_OF },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    return { actions, titles: actions.map(a => a.title), count: (document.diagnostics ?? []).filter(d => d.code === code).length };
}

function apply(text: string, action: CodeAction): string {
    const edits = action.edit!.changes![URI_OF];
    return TextDocument.applyEdits(TextDocument.create(URI_OF, 'ssc', 1, text), edits);
}

/** Applies the action and checks that the fixed workspace no longer reports `code`. */
async function applyAndRecheck(text: string, action: CodeAction, code: string, others: Record<string, string> = {}): Promise<string> {
    const fixed = apply(text, action);
    const ws = await buildWorkspace({ ...others, 'model.ssc': fixed });
    expect(ws.withCode(code).map(d => d.message)).toEqual([]);
    expect(ws.withCode('syntax')).toEqual([]);
    return fixed;
}

describe('analysis/incomplete-profile', () => {
    /** Applies the fix: no syntax error, no made-up text, and the warning now names the empty texts still to fill in. */
    async function applyAndRecheckEmpty(text: string, action: CodeAction): Promise<string> {
        const fixed = apply(text, action);
        const ws = await buildWorkspace({ 'model.ssc': fixed });
        expect(ws.withCode('syntax')).toEqual([]);
        expect(fixed).not.toMatch(/TODO|placeholder/i);
        for (const d of ws.withCode(Rule.IncompleteProfile)) expect(d.message).toMatch(/empty texts? still to fill in/);
        expect(JSON.stringify(ws.analysis().stakeholders.map(s => s.profile))).not.toMatch(/""/);
        return fixed;
    }
    test('inserts the missing dimensions as empty texts to fill in, at the end of the block', async () => {
        const before =
            'stakeholder Telco "National telecom" : ict-company {\n    scale supralocal\n    sector private\n    aims "Roll-out" // main aim\n}\n';
        const { actions } = await fixesFor(before, Rule.IncompleteProfile);
        expect(actions[0].isPreferred).toBe(true);
        expect(actions[0].title).toBe('Add the missing profile entries to fill in (challenges, potential, constraints, contributions)');
        expect(await applyAndRecheckEmpty(before, actions[0])).toBe(
            'stakeholder Telco "National telecom" : ict-company {\n    scale supralocal\n    sector private\n    aims "Roll-out" // main aim\n' +
                '    challenges ""\n    potential ""\n    constraints ""\n    contributions ""\n}\n',
        );
    });
    test("a stakeholder without a block gets one, with the group's typical scale and sector", async () => {
        const before = 'stakeholder Telco : ict-company\n';
        const { actions } = await fixesFor(before, Rule.IncompleteProfile);
        const after = await applyAndRecheckEmpty(before, actions[0]);
        expect(after.split('\n').slice(0, 4)).toEqual([
            'stakeholder Telco : ict-company {',
            '    scale supralocal',
            '    sector private',
            '    aims ""',
        ]);
    });
    test('once applied, the fix is not offered again for the empty texts (no repeated properties)', async () => {
        const before =
            'stakeholder Telco : ict-company {\n    scale supralocal\n    sector private\n    aims ""\n    challenges ""\n    potential ""\n    constraints ""\n    contributions ""\n}\n';
        const { actions } = await fixesFor(before, Rule.IncompleteProfile);
        expect(actions.filter(a => a.title.startsWith('Add the missing profile entries'))).toEqual([]);
    });
    test('fix all completes every profile in the file', async () => {
        const before = 'stakeholder A : ngo { scale local sector civil }\nstakeholder B : citizens {\n  aims "x"\n}\n';
        const { actions, titles } = await fixesFor(before, Rule.IncompleteProfile);
        const all = actions.find(a => a.title.startsWith('Add the missing profile entries to every stakeholder'))!;
        expect(titles).toContain(all.title);
        const after = await applyAndRecheckEmpty(before, all);
        expect(after).toContain('stakeholder B : citizens {\n  aims "x"\n  scale local\n  sector civil\n  challenges ""');
    });
});

describe('analysis strategies', () => {
    const placed = (strategy: string) =>
        `stakeholder W : utility-provider {\n    power 4\n    interest low // little interest\n    ${strategy}\n}\n`;
    test("a mismatching strategy is replaced by the quadrant's, keeping its note", async () => {
        const before = placed('strategy monitor "Negotiate"');
        const { actions, titles } = await fixesFor(before, Rule.StrategyMismatch);
        expect(titles).toEqual(["Change the strategy to 'keep-satisfied'"]);
        expect(await applyAndRecheck(before, actions[0], Rule.StrategyMismatch)).toBe(placed('strategy keep-satisfied "Negotiate"'));
    });
    test('a missing strategy is added after the grid values, leaving the comment where it was', async () => {
        const before = 'stakeholder W : utility-provider {\n    power 4\n    interest low // little interest\n    onion direct\n}\n';
        const { actions } = await fixesFor(before, Rule.MissingStrategy);
        expect(await applyAndRecheck(before, actions[0], Rule.MissingStrategy)).toBe(
            'stakeholder W : utility-provider {\n    power 4\n    interest low // little interest\n    strategy keep-satisfied\n    onion direct\n}\n',
        );
    });
    test('fix all changes every mismatching strategy in the file', async () => {
        const before =
            'stakeholder A : ngo { power low interest high strategy monitor }\nstakeholder B : ngo { power high interest high strategy monitor }\n';
        const { actions } = await fixesFor(before, Rule.StrategyMismatch);
        const all = actions.find(a => a.title.startsWith('Change every mismatching strategy'))!;
        expect(all.title).toMatch(/\(2\)$/);
        expect(await applyAndRecheck(before, all, Rule.StrategyMismatch)).toBe(
            'stakeholder A : ngo { power low interest high strategy keep-informed }\nstakeholder B : ngo { power high interest high strategy manage-closely }\n',
        );
    });
    test('on a dividing line: one quick fix per candidate strategy, none preferred, none picked by default', async () => {
        const before = 'stakeholder M : government {\n    power high\n    interest medium\n}\n';
        const { actions, titles } = await fixesFor(before, Rule.MissingStrategy);
        expect(titles).toEqual(["Add 'strategy keep-satisfied'", "Add 'strategy manage-closely'"]);
        expect(actions.every(a => !a.isPreferred)).toBe(true);
        expect(await applyAndRecheck(before, actions[0], Rule.MissingStrategy)).toBe(
            'stakeholder M : government {\n    power high\n    interest medium\n    strategy keep-satisfied\n}\n',
        );
        expect(await applyAndRecheck(before, actions[1], Rule.MissingStrategy)).toBe(
            'stakeholder M : government {\n    power high\n    interest medium\n    strategy manage-closely\n}\n',
        );
    });
    test('fix all leaves stakeholders on a dividing line to the user', async () => {
        const before =
            'stakeholder A : ngo { power low interest high }\nstakeholder B : ngo { power high interest low }\nstakeholder C : ngo { power 3 interest high }\n';
        const { actions } = await fixesFor(before, Rule.MissingStrategy);
        const all = actions.find(a => a.title.startsWith("Add its quadrant's strategy to every"))!;
        expect(all.title).toContain('(2)');
        expect(apply(before, all)).toContain('stakeholder C : ngo { power 3 interest high }');
    });
    test('fix all adds every missing strategy in the file', async () => {
        const before = 'stakeholder A : ngo { power low interest high }\nstakeholder B : ngo { power high interest low }\n';
        const { actions } = await fixesFor(before, Rule.MissingStrategy);
        const all = actions.find(a => a.title.startsWith("Add its quadrant's strategy to every"))!;
        expect(await applyAndRecheck(before, all, Rule.MissingStrategy)).toBe(
            'stakeholder A : ngo { power low interest high\n    strategy keep-informed }\nstakeholder B : ngo { power high interest low\n    strategy keep-satisfied }\n',
        );
    });
});

describe('identification/missing-standard-group', () => {
    const present = STANDARD_GROUP_IDS.filter(g => g !== 'ngo' && g !== 'academia')
        .map((g, i) => `stakeholder S${i} : ${g}`)
        .join('\n');
    const before = 'programme P {\n    review every 6 months\n}\n';
    test('adds a skeleton stakeholder per missing group at the end of the programme file', async () => {
        const { actions, titles } = await fixesFor(before, Rule.MissingStandardGroup, { 'others.ssc': present });
        expect(titles).toEqual(['Add a skeleton stakeholder for the 2 missing groups', 'Exclude the 2 missing groups in programme P']);
        const after = await applyAndRecheck(before, actions[0], Rule.MissingStandardGroup, { 'others.ssc': present });
        expect(after.startsWith(before + '\nstakeholder CivicNgo "" : ngo {\n    scale local-and-supralocal\n')).toBe(true);
        expect(after).toContain('\nstakeholder University "" : academia {');
        expect(after).toContain('    aims ""\n');
        expect(after).not.toMatch(/TODO|What they/);
    });
    test("or lists them under the programme's excludes, appending to an existing list", async () => {
        const { actions } = await fixesFor(before, Rule.MissingStandardGroup, { 'others.ssc': present });
        expect(await applyAndRecheck(before, actions[1], Rule.MissingStandardGroup, { 'others.ssc': present })).toBe(
            'programme P {\n    review every 6 months\n    excludes ngo "", academia ""\n}\n',
        );
        const withList = 'programme P {\n    excludes standards-body "national"\n}\n';
        const fixes = await fixesFor(withList, Rule.MissingStandardGroup, { 'others.ssc': present });
        expect(apply(withList, fixes.actions[1])).toBe('programme P {\n    excludes standards-body "national", ngo "", academia ""\n}\n');
    });
    test('skeleton names never clash with existing ones', async () => {
        const { actions } = await fixesFor(before, Rule.MissingStandardGroup, { 'others.ssc': present + '\ngroup CivicNgo' });
        expect(apply(before, actions[0])).toContain('stakeholder CivicNgo2 "" : ngo {');
    });
});

describe('identification/unknown-reference', () => {
    const people = 'stakeholder Residents : citizens\nstakeholder Council : municipality\n';
    test('replaces a misspelt reference with the closest name', async () => {
        const before = 'relation Residnets -> Council : informs\n';
        const { actions, titles } = await fixesFor(before, Rule.UnknownReference, { 'people.ssc': people });
        expect(titles).toEqual(["Change to 'Residents'"]);
        expect(await applyAndRecheck(before, actions[0], Rule.UnknownReference, { 'people.ssc': people })).toBe(
            'relation Residents -> Council : informs\n',
        );
    });
    test('fix all corrects every reference with a single close name', async () => {
        const before = 'relation Residnets -> Counsil : informs\nstakeholder X : citizen\n';
        const { actions } = await fixesFor(before, Rule.UnknownReference, { 'people.ssc': people });
        const all = actions.find(a => a.title.startsWith('Correct every misspelt reference'))!;
        expect(all.title).toMatch(/\(3\)$/);
        expect(await applyAndRecheck(before, all, Rule.UnknownReference, { 'people.ssc': people })).toBe(
            'relation Residents -> Council : informs\nstakeholder X : citizens\n',
        );
    });
});

describe('categorization/affected-without-attitude', () => {
    test('adds supporter or opponent to a bare affected', async () => {
        const before = 'stakeholder W : utility-provider { category active, affected }\n';
        const { actions, titles } = await fixesFor(before, Rule.AffectedWithoutAttitude);
        expect(titles).toEqual(["Mark as 'affected supporter'", "Mark as 'affected opponent'"]);
        expect(await applyAndRecheck(before, actions[0], Rule.AffectedWithoutAttitude)).toBe(
            'stakeholder W : utility-provider { category active, affected supporter }\n',
        );
        expect(apply(before, actions[1])).toBe('stakeholder W : utility-provider { category active, affected opponent }\n');
    });
});

describe('line endings', () => {
    test('a fix in a CRLF file writes CRLF line breaks', async () => {
        const before = 'stakeholder W : utility-provider {\r\n    power 4\r\n    interest low\r\n}\r\n';
        const { actions } = await fixesFor(before, Rule.MissingStrategy);
        expect(apply(before, actions[0])).toBe(
            'stakeholder W : utility-provider {\r\n    power 4\r\n    interest low\r\n    strategy keep-satisfied\r\n}\r\n',
        );
    });
});
