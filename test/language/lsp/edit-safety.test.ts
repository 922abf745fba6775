import { readdirSync, readFileSync } from 'node:fs';
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, Location } from 'vscode-languageserver';
import { generateModel } from '../../../bench/model-generator.js';
import { isModel } from '../../../language/generated/ast.js';
import { STRATEGIES } from '../../../language/model/vocabulary.js';
import { Rule } from '../../../language/validation/rule-codes.js';
import { applyWorkspaceEdit, changedOnlyWithin, editsByUri, spanOf, textIn, withinAny, type Span } from '../../helpers/edits.js';
import { HOSTILE_MODEL } from '../../helpers/hostile-model.js';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';

const VALENCIA_DIR = new URL('../../../examples/valencia/', import.meta.url);
const VALENCIA = Object.fromEntries(
    readdirSync(VALENCIA_DIR)
        .filter(f => f.endsWith('.ssc'))
        .map(f => [f, readFileSync(new URL(f, VALENCIA_DIR), 'utf8')]),
);
const generated = (seed: number) => Object.fromEntries(generateModel({ stakeholders: 40, files: 5, seed }));
const split = HOSTILE_MODEL.indexOf('\ngroup Weird');
const HOSTILE = { 'hostile-a.ssc': HOSTILE_MODEL.slice(0, split), 'hostile-b.ssc': HOSTILE_MODEL.slice(split) };

/** A model over three files that trips every rule with a quick fix, in awkward layouts (one-line blocks, comments, CRLF). */
const FLAWED = {
    'people.ssc': [
        '// Residents, Telco and Council are named in comments and strings too: "Residents"',
        'stakeholder Residents "Residents and Residnets" : citizens {',
        '    scale local',
        '    category affected              // bare affected',
        '    power low',
        '    interest high // keen',
        '    engagement neutral -> supportive',
        '    aims "Safer streets"',
        '}',
        'stakeholder Telco "Telco" : ict-company { power high interest low strategy monitor } stakeholder Lone : ngo // no block',
        'stakeholder Council : municipality {',
        '    category active, affected',
        '    power 4',
        '    interest 5',
        '    strategy keep-informed "note" /* keep */',
        '    unit Plan : urban-planing',
        '}',
        'stakeholder Quiet : academia { scale local /* nothing more */ }',
        '',
    ].join('\n'),
    'programme.ssc':
        'programme Flawed "Flawed" {\r\n    excludes standards-body "national" // on purpose\r\n}\r\n\r\nstakeholder Idle : urban-planner {\r\n    power low\r\n    interest low // idle\r\n}\r\n',
    'links.ssc': [
        'relation Residnets -> Counsil : informs "Residents to Council"',
        'relation Telco -> Telco : supplies',
        'kpi Wifi { provider Telco examiner Telko }',
        'consultation Hearing { date 2026-03-01 participants Telco, Counsil, Quiet feedback "done" }',
        'assessment "Q1" on 2026-03-31 { Residents unaware Idle neutral }',
        'stakeholder Visitor : citizen { category affected, active }',
        'stakeholder Lone2 : ngo',
        '',
    ].join('\n'),
};

/** Every `every`-th match of a pattern rewritten, the others left alone. */
function some(text: string, pattern: RegExp, every: number, rewrite: (match: string) => string): string {
    let n = 0;
    return text.replace(pattern, match => (n++ % every === 0 ? rewrite(match) : match));
}

/** The files with the slips of a model under construction: strategies, challenges and attitudes dropped, names misspelt. */
function roughen(files: Record<string, string>): Record<string, string> {
    return Object.fromEntries(
        Object.entries(files).map(([file, text]) => {
            text = some(text, /^ *strategy .*\r?\n/gm, 3, () => '');
            text = some(text, /^ *challenges .*\r?\n/gm, 3, () => '');
            text = some(text, /strategy keep-informed/g, 2, () => 'strategy manage-closely');
            text = some(text, /affected supporter/g, 2, () => 'affected');
            return [file, some(text, /^(relation| {4}provider| {4}participants) \w/gm, 4, m => `${m}x`)];
        }),
    );
}

const WORKSPACES: Array<[string, Record<string, string>]> = [
    ['examples/valencia', VALENCIA],
    ['a generated model (seed 1, 5 files)', generated(1)],
    ['a generated model (seed 2, 5 files)', generated(2)],
    ['the hostile model', HOSTILE],
];
/** Cap on renames per workspace (all of Valencia and the hostile model), spread evenly over the declarations of bigger ones. */
const RENAMES_PER_WORKSPACE = 26;
/** Renames in a generated model: one declaration of each kind, then others spread evenly (each rename rebuilds the workspace). */
const RENAMES_PER_GENERATED = 10;

const textsOf = (ws: TestWorkspace) => new Map([...ws.documents.values()].map(d => [d.uri.toString(), d.textDocument.getText()]));
const filesOf = (ws: TestWorkspace, texts: Map<string, string>) =>
    Object.fromEntries([...ws.documents].map(([f, d]) => [f, texts.get(d.uri.toString())!]));
const key = (l: Location) => `${l.uri}#${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;
const count = <T>(list: T[], is: (x: T) => boolean) => list.filter(is).length;

/** Per file, the sorted `code@line` of every diagnostic: what a rename must leave as it was. */
function diagnosticSummary(ws: TestWorkspace): Record<string, string[]> {
    return Object.fromEntries(
        [...ws.documents.keys()].map(f => [
            f,
            ws
                .diagnostics(f)
                .map(d => `${d.code}@${d.range.start.line}`)
                .sort(),
        ]),
    );
}

/** Every named user declaration of the workspace, in file order. */
function declarations(ws: TestWorkspace): AstNode[] {
    return [...ws.documents.values()].flatMap(d =>
        AstUtils.streamAst(d.parseResult.value)
            .filter(n => typeof (n as { name?: unknown }).name === 'string')
            .toArray(),
    );
}

function evenly<T>(list: T[], n: number): T[] {
    return list.length <= n ? list : Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
}

/** One node of each kind, then others spread evenly, `n` in all (or every kind, when there are more kinds). */
function everyKindThenEvenly(list: AstNode[], n: number): AstNode[] {
    const kinds = new Set<string>();
    const picked = list.filter(node => !kinds.has(node.$type) && kinds.add(node.$type));
    const rest = list.filter(node => !picked.includes(node));
    return [...picked, ...evenly(rest, Math.max(0, n - picked.length))];
}

async function renameAt(ws: TestWorkspace, uri: string, position: Location['range']['start'], newName: string) {
    const document = [...ws.documents.values()].find(d => d.uri.toString() === uri)!;
    return ws.services.Ssc.lsp.RenameProvider!.rename(document, { textDocument: { uri }, position, newName });
}

describe('rename on multi-file models', () => {
    test.each(WORKSPACES)('renaming declarations of %s replaces exactly their references and nothing else', async (_name, files) => {
        const ws = await buildWorkspace(files);
        const texts = textsOf(ws);
        const before = diagnosticSummary(ws);
        const targets = _name.startsWith('a generated')
            ? everyKindThenEvenly(declarations(ws), RENAMES_PER_GENERATED)
            : evenly(declarations(ws), RENAMES_PER_WORKSPACE);
        expect(targets.length).toBeGreaterThan(5);
        for (const target of targets) {
            const oldName = (target as unknown as { name: string }).name,
                newName = `${oldName}_R`;
            const document = AstUtils.getDocument(target),
                uri = document.uri.toString();
            const nameNode = GrammarUtils.findNodeForProperty(target.$cstNode, 'name')!;
            const references = ws.services.Ssc.lsp.ReferencesProvider!.findReferences(document, {
                textDocument: { uri },
                position: nameNode.range.start,
                context: { includeDeclaration: true },
            }) as Location[];
            const edit = await renameAt(ws, uri, nameNode.range.start, newName);
            const edits = editsByUri(edit);
            // (a) every edit replaces the old name, and only it, with the new one
            for (const [editedUri, list] of edits) {
                for (const e of list)
                    expect({ replaced: textIn(texts.get(editedUri)!, e.range), by: e.newText }).toEqual({ replaced: oldName, by: newName });
            }
            // (d) every reference found beforehand is renamed, none twice, nothing else
            expect([...edits].flatMap(([u, list]) => list.map(e => key({ uri: u, range: e.range }))).sort(), oldName).toEqual(
                references.map(key).sort(),
            );
            // (b) outside the reference sites every file is byte-identical; files without references are left alone
            const after = applyWorkspaceEdit(texts, edit);
            for (const [fileUri, text] of texts) {
                const sites = references.filter(r => r.uri === fileUri).map(r => spanOf(text, r.range));
                expect(changedOnlyWithin(text, after.get(fileUri)!, sites), `${oldName} in ${fileUri}`).toBe(true);
                if (sites.length === 0) expect(edits.has(fileUri)).toBe(false);
            }
            // the same rename asked from a reference site gives the same result
            const use = references.find(
                r =>
                    r.uri !== uri ||
                    r.range.start.line !== nameNode.range.start.line ||
                    r.range.start.character !== nameNode.range.start.character,
            );
            if (use) expect(applyWorkspaceEdit(texts, await renameAt(ws, use.uri, use.range.start, newName))).toEqual(after);
            // (c) the renamed workspace reports the same diagnostics, in the same places
            const rebuilt = await buildWorkspace(filesOf(ws, after));
            expect(rebuilt.withCode(Rule.UnknownReference)).toEqual([]);
            expect(diagnosticSummary(rebuilt), `after renaming ${oldName}`).toEqual(before);
        }
    });
});

/** The legitimate target of a quick fix, read off language/lsp/code-actions: where it may write, and what it may overwrite. */
interface Target {
    spans: Span[];
    overwrites: (text: string) => boolean;
}

const blank = (text: string) => /^\s*$/.test(text);
const LONE_LF = /(^|[^\r])\n/;

/** The span of the top-level declaration holding an offset. */
function declarationAt(document: LangiumDocument, offset: number): Span | undefined {
    const model = document.parseResult.value;
    const element = isModel(model)
        ? model.elements.find(e => e.$cstNode && e.$cstNode.offset <= offset && offset <= e.$cstNode.end)
        : undefined;
    return element?.$cstNode ? [element.$cstNode.offset, element.$cstNode.end] : undefined;
}

function targetOf(document: LangiumDocument, diagnostic: Diagnostic, title: string): Target {
    const text = document.textDocument.getText();
    const own = spanOf(text, diagnostic.range);
    const declaration = declarationAt(document, own[0]);
    switch (diagnostic.code) {
        case Rule.UnknownReference: // the misspelt name itself
            return { spans: [own], overwrites: t => t === (diagnostic.data as { refText: string }).refText };
        case Rule.AffectedWithoutAttitude: // an attitude right after `affected`
            return { spans: [[own[1], own[1]]], overwrites: blank };
        case Rule.StrategyMismatch: // the strategy keyword inside the flagged `strategy` clause
            return { spans: [own], overwrites: t => (STRATEGIES as readonly string[]).includes(t) };
        case Rule.IncompleteProfile: // lines added inside the stakeholder's block, or a new block at its end
        case Rule.MissingStrategy:
            return { spans: declaration ? [declaration] : [], overwrites: blank };
        case Rule.ActionWithoutOwner: // an owner line inside the action's block, or a new block at its end
            return { spans: declaration ? [declaration] : [], overwrites: blank };
        case Rule.GapWithoutAction: // an action skeleton right after the stakeholder's declaration
            return { spans: declaration ? [[declaration[1], declaration[1]]] : [], overwrites: blank };
        case Rule.MissingStandardGroup: // skeletons at the end of the diagnostic's file, or entries in the programme's `excludes`
            return title.startsWith('Exclude')
                ? { spans: declaration ? [declaration] : [], overwrites: blank }
                : { spans: [[text.length, text.length]], overwrites: blank };
    }
    throw new Error(`the test knows no target for quick fixes of ${diagnostic.code} (${title})`);
}

describe('quick fixes on multi-file models', () => {
    const slips = [
        Rule.UnknownReference,
        Rule.AffectedWithoutAttitude,
        Rule.StrategyMismatch,
        Rule.IncompleteProfile,
        Rule.MissingStrategy,
    ];
    const CASES: Array<[string, Record<string, string>, string[]]> = [
        ...WORKSPACES.map(([name, files]): [string, Record<string, string>, string[]] => [name, files, []]),
        ['examples/valencia, roughened', roughen(VALENCIA), slips],
        ['a roughened generated model', roughen(Object.fromEntries(generateModel({ stakeholders: 12, files: 4, seed: 3 }))), slips],
        ['a flawed model', FLAWED, [...slips, Rule.MissingStandardGroup]],
    ];
    test.each(CASES)('every quick fix in %s writes only inside its own target', async (_name, files, codes) => {
        const ws = await buildWorkspace(files);
        const texts = textsOf(ws);
        const provider = ws.services.Ssc.lsp.CodeActionProvider!;
        const fixedCodes = new Set<string>();
        const seen = new Set<string>();
        for (const [file, document] of ws.documents) {
            const uri = document.uri.toString(),
                text = texts.get(uri)!;
            for (const diagnostic of (document.diagnostics ?? []).filter(d => typeof d.code === 'string')) {
                const actions = (await provider.getCodeActions(document, {
                    textDocument: { uri },
                    range: diagnostic.range,
                    context: { diagnostics: [diagnostic] },
                })) as CodeAction[];
                for (const action of actions) {
                    const fixes = action.diagnostics ?? [];
                    if (seen.has(`${uri} ${action.title}`) && fixes.length > 1) continue; // a "fix all" is the same for every diagnostic it covers
                    seen.add(`${uri} ${action.title}`);
                    fixedCodes.add(String(diagnostic.code));
                    const where = `${action.title} for ${diagnostic.code} in ${file}`;
                    expect(fixes.length, where).toBeGreaterThan(0);
                    expect(
                        fixes.every(d => d.code === diagnostic.code && document.diagnostics!.includes(d)),
                        where,
                    ).toBe(true);
                    // edits stay in the diagnostic's file, inside the target of one of the diagnostics it fixes
                    const edits = editsByUri(action.edit);
                    expect([...edits.keys()], where).toEqual([uri]);
                    const targets = fixes.map(d => targetOf(document, d, action.title));
                    for (const e of edits.get(uri)!) {
                        const span = spanOf(text, e.range);
                        const target = targets.find(t => withinAny(span, t.spans));
                        expect(target, `${where}: edit ${JSON.stringify(e)} lies outside its target`).toBeDefined();
                        expect(
                            target!.overwrites(text.slice(span[0], span[1])),
                            `${where}: overwrites '${text.slice(span[0], span[1])}'`,
                        ).toBe(true);
                    }
                    const after = applyWorkspaceEdit(texts, action.edit);
                    expect(
                        changedOnlyWithin(
                            text,
                            after.get(uri)!,
                            targets.flatMap(t => t.spans),
                        ),
                        where,
                    ).toBe(true);
                    for (const [other, otherText] of texts) if (other !== uri) expect(after.get(other)).toBe(otherText);
                    if (text.includes('\r\n') && !LONE_LF.test(text))
                        expect(LONE_LF.test(after.get(uri)!), `${where}: mixes LF into a CRLF file`).toBe(false);
                    // the fixed file still parses as well as before, and the fixed findings are gone or changed
                    const rebuilt = await buildWorkspace(filesOf(ws, after));
                    const was = ws.diagnostics(file),
                        now = rebuilt.diagnostics(file);
                    expect(
                        count(now, d => d.code === 'syntax'),
                        where,
                    ).toBeLessThanOrEqual(count(was, d => d.code === 'syntax'));
                    for (const fixed of fixes) {
                        const same = (d: Diagnostic) => d.code === fixed.code && d.message === fixed.message;
                        expect(count(now, same), `${where}: '${fixed.message}' is still reported`).toBeLessThanOrEqual(
                            count(was, same) - count(fixes, same),
                        );
                    }
                }
            }
        }
        expect([...fixedCodes]).toEqual(expect.arrayContaining(codes));
        if (codes.length > 0)
            expect(
                [...seen].some(title => / \(\d+\)$/.test(title)),
                'a "fix all" was exercised',
            ).toBe(true);
    });
});
