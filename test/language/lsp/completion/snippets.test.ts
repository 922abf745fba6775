import type { LangiumDocument } from 'langium';
import { expectCompletion } from 'langium/test';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, test } from 'vitest';
import { snippetPreview } from '../../../../language/lsp/completion/snippets.js';
import { Rule } from '../../../../language/validation/rule-codes.js';
import { buildWorkspace, createTestServices, type TestWorkspace } from '../../../helpers/workspace.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

/**
 * Findings that would contradict the text a snippet or fix inserted itself: a strategy that does not
 * fit its own power and interest, a level going down, a KPI judged by its provider or examined by a
 * non-municipality, information shared late, a grievance mechanism that does not exist in time, a
 * reference to nothing, a property given twice, a clash of names, or text that does not parse.
 */
const CONTRADICTIONS = new Set<string>([
    Rule.StrategyMismatch,
    Rule.Regression,
    Rule.PowerfulResistant,
    Rule.KpiJudgeAndJudged,
    Rule.KpiExaminerNotMunicipality,
    Rule.ConsultationLateInformation,
    Rule.ConsultationNoGrievance,
    Rule.UnknownReference,
    Rule.RepeatedProperty,
    Rule.DuplicateName,
    'categorization/active-without-power',
    'syntax',
]);
/** Words of placeholder texts: none may reach the analysis (and so the report or an export). */
const PLACEHOLDER = /TODO|placeholder|Full name|What they|Target value|How the participants|Programme title|""/i;

const key = (d: Diagnostic) => `${String(d.code)}|${d.message}`;

/** Diagnostics of the file after the change that were not there before, by code. */
function added(before: TestWorkspace, after: TestWorkspace, file: string): Diagnostic[] {
    const old = new Map<string, number>();
    for (const d of before.diagnostics(file)) old.set(key(d), (old.get(key(d)) ?? 0) + 1);
    return after.diagnostics(file).filter(d => {
        const n = old.get(key(d)) ?? 0;
        if (n > 0) {
            old.set(key(d), n - 1);
            return false;
        }
        return true;
    });
}

async function snippetsAt(text: string): Promise<CompletionItem[]> {
    let list: CompletionList | undefined;
    await expectCompletion(services.Ssc)({
        text: `${text}<|>`,
        index: 0,
        disposeAfterCheck: true,
        assert: l => {
            list = l;
        },
    });
    return (list?.items ?? []).filter(i => i.kind === 15);
}

const WORKSPACES: Record<string, string> = {
    'an empty file': '',
    'a programme and a few stakeholders': [
        'programme P { as-of 2026-06-30 review every 6 months }',
        'stakeholder Council "City council" : municipality { power high interest high }',
        'stakeholder Residents "Residents" : citizens { power low interest high }',
        'stakeholder Telco "Telecom" : ict-company { sector private power medium interest low }',
        '',
    ].join('\n'),
    'a grievance mechanism already there':
        'programme P { as-of 2026-06-30 }\nstakeholder Ngo : ngo\ngrievance Ombudsman "Ombudsman" established 2026-01-10\n',
    'a municipality only': 'stakeholder Council : municipality\n',
};

describe.each(Object.entries(WORKSPACES))('every snippet inserted with its defaults into %s', (_name, text) => {
    test('adds no error, no finding that contradicts its own text, and no placeholder text in the analysis', async () => {
        const snippets = await snippetsAt(text);
        expect(snippets.map(s => s.label)).toEqual(expect.arrayContaining(['stakeholder', 'consultation', 'grievance', 'kpi']));
        const before = await buildWorkspace({ 'model.ssc': text });
        for (const snippet of snippets) {
            const inserted = `${text}${snippetPreview(snippet.insertText!)}\n`;
            const after = await buildWorkspace({ 'model.ssc': inserted });
            const fresh = added(before, after, 'model.ssc');
            const where = `${snippet.label} snippet:\n${inserted}`;
            expect(fresh.filter(d => d.severity === 1).map(key), where).toEqual([]);
            expect(fresh.filter(d => CONTRADICTIONS.has(String(d.code))).map(key), where).toEqual([]);
            expect(JSON.stringify(after.analysis()), where).not.toMatch(PLACEHOLDER);
        }
    });
});

describe('snippet defaults', () => {
    test('the stakeholder snippet defaults agree with each other: low/low, monitor, a level going up', async () => {
        const stakeholder = (await snippetsAt('')).find(s => s.label === 'stakeholder')!;
        const preview = snippetPreview(stakeholder.insertText!);
        expect(preview).toMatch(/power low\n {4}interest low\n {4}engagement unaware -> neutral\n {4}strategy monitor/);
        expect(preview).toContain('aims ""');
        expect(stakeholder.insertText).toContain('aims "$14"');
    });
    test('the consultation snippet declares a grievance mechanism before it when the workspace has none', async () => {
        const consultation = (await snippetsAt('programme P { as-of 2026-06-30 }\n')).find(s => s.label === 'consultation')!;
        const preview = snippetPreview(consultation.insertText!);
        expect(preview).toMatch(
            /^grievance Grievance "" established 2026-05-31\nconsultation Consultation "" \{\n {4}date 2026-06-30\n {4}information-shared 2026-06-16\n {4}grievance Grievance\n/,
        );
    });
    test('with grievance mechanisms in the workspace, it offers them; and citizens come first among participants', async () => {
        const consultation = (
            await snippetsAt(WORKSPACES['a programme and a few stakeholders'] + 'grievance G established 2026-01-01\n')
        ).find(s => s.label === 'consultation')!;
        expect(consultation.insertText).toMatch(/participants \$\{4\|Residents,Council,Telco\|\}/);
        expect(consultation.insertText).toMatch(/grievance \$\{7\|G\|\}/);
    });
});

/** A model in which every rule with a quick fix reports. */
const FIXABLE = [
    'programme P { as-of 2026-06-30 review every 6 months }',
    'stakeholder Council "City council" : municipality {',
    '    scale local',
    '    sector public',
    '    category active',
    '    roles driver-of-technology',
    '    power high',
    '    interest low',
    '    engagement neutral -> supportive',
    '    strategy monitor',
    '}',
    'stakeholder Residents : citizens { category affected power low interest high engagement neutral }',
    'relation Residnts -> Council : informs',
    '',
].join('\n');

describe('every quick fix', () => {
    test('adds no error, no contradicting finding and no placeholder text in the analysis', async () => {
        const before = await buildWorkspace({ 'model.ssc': FIXABLE });
        const document = before.documents.get('model.ssc') as LangiumDocument;
        const provider = before.services.Ssc.lsp.CodeActionProvider!;
        const codes = new Set<string>();
        let applied = 0;
        for (const diagnostic of document.diagnostics ?? []) {
            const actions = (await provider.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() },
                range: diagnostic.range,
                context: { diagnostics: [diagnostic] },
            })) as CodeAction[];
            for (const action of actions) {
                const edits = action.edit?.changes?.[document.uri.toString()] ?? [];
                const fixed = TextDocument.applyEdits(TextDocument.create('file:///work/model.ssc', 'ssc', 1, FIXABLE), edits);
                const after = await buildWorkspace({ 'model.ssc': fixed });
                const fresh = added(before, after, 'model.ssc');
                const where = `${action.title}:\n${fixed}`;
                expect(fresh.filter(d => d.severity === 1).map(key), where).toEqual([]);
                expect(fresh.filter(d => CONTRADICTIONS.has(String(d.code))).map(key), where).toEqual([]);
                expect(fixed, where).not.toMatch(/TODO/);
                expect(JSON.stringify(after.analysis()), where).not.toMatch(PLACEHOLDER);
                codes.add(String(diagnostic.code));
                applied++;
            }
        }
        expect([...codes]).toEqual(
            expect.arrayContaining([
                Rule.MissingStandardGroup,
                Rule.AffectedWithoutAttitude,
                Rule.StrategyMismatch,
                Rule.IncompleteProfile,
                Rule.MissingStrategy,
                Rule.UnknownReference,
            ]),
        );
        expect(applied).toBeGreaterThan(8);
    });
});
