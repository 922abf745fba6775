import { expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { describe, expect, test } from 'vitest';
import { buildWorkspace, createTestServices } from '../../helpers/workspace.js';

const MODEL = `programme P "Pilot" { city "X" }
group LocalMedia "Local press"
stakeholder Council "City council" : municipality {
    unit Planning : urban-planning
    unit Csirt : cert-csirt
}
stakeholder Ministry : government { ministry Energy : energy }
relation Council -> Ministry : consults
relation Council <-> Ministry : collaborates
kpi K "Coverage" { provider Council }
grievance G established 2026-01-01
consultation H { participants Council }
assessment "Q1" on 2026-03-31 { Council neutral }`;

const kindName = (kind: SymbolKind) => Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0];
const outline = (symbols: DocumentSymbol[] = [], depth = 0): string[] =>
    symbols.flatMap(s => [
        `${'  '.repeat(depth)}${kindName(s.kind)} ${s.name}${s.detail ? ` (${s.detail})` : ''}`,
        ...outline(s.children, depth + 1),
    ]);

describe('document symbols', () => {
    test('the outline lists the programme and every element, stakeholders with their units', async () => {
        const services = await createTestServices();
        await expectSymbols(services.Ssc)({
            text: MODEL,
            disposeAfterCheck: true,
            assert: symbols =>
                expect(outline(symbols)).toEqual([
                    'Namespace P (Pilot)',
                    'Interface LocalMedia (Local press)',
                    'Class Council (municipality · City council)',
                    '  Field Planning (urban-planning)',
                    '  Field Csirt (cert-csirt)',
                    'Class Ministry (government)',
                    '  Field Energy (energy)',
                    'Event Council -> Ministry (consults)',
                    'Event Council <-> Ministry (collaborates)',
                    'Number K (Coverage)',
                    'Key G',
                    'Event H',
                    'Array assessment Q1 (2026-03-31)',
                    '  EnumMember Council (neutral)',
                ]),
        });
    });

    test('the selection range is the name', async () => {
        const services = await createTestServices();
        await expectSymbols(services.Ssc)({
            text: 'stakeholder   Council : municipality',
            disposeAfterCheck: true,
            assert: symbols =>
                expect(symbols[0].selectionRange).toEqual({ start: { line: 0, character: 14 }, end: { line: 0, character: 21 } }),
        });
    });
});

describe('workspace symbols', () => {
    test('names from every file, without the built-in vocabulary', async () => {
        const ws = await buildWorkspace({
            'a.ssc': 'stakeholder Council : municipality',
            'b.ssc': 'stakeholder Counsel : ngo\ngroup CouncilWatchers',
        });
        await expectWorkspaceSymbols(ws.services.shared)({
            query: 'coun',
            assert: symbols => {
                expect(symbols.map(s => `${s.name} ${s.location.uri.split('/').pop()}`).sort()).toEqual([
                    'Council a.ssc',
                    'CouncilWatchers b.ssc',
                    'Counsel b.ssc',
                ]);
                expect(symbols.find(s => s.name === 'Council')?.kind).toBe(SymbolKind.Class);
            },
        });
        await expectWorkspaceSymbols(ws.services.shared)({ query: 'municipality', expectedSymbols: [] });
    });
});
