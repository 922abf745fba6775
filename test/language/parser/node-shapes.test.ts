import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, createLangiumParser, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../../../bench/model-generator.js';
import { ROOT } from '../../helpers/cli.js';
import { runProbe } from '../../helpers/probe.js';
import { createTestServices } from '../../helpers/workspace.js';

/** A syntax tree as plain data: every property with a value, `$type` and the CST extent of each node. */
function plain(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(plain);
    if (typeof value !== 'object' || value === null) return value;
    const node = value as AstNode & Record<string, unknown>;
    if (typeof node.$type !== 'string') {
        // A reference: its text is what the parser gives.
        return '$refText' in node ? { $refText: node.$refText } : value;
    }
    const out: Record<string, unknown> = { $type: node.$type, $cst: [node.$cstNode?.offset, node.$cstNode?.length] };
    out.$container = [node.$containerProperty, node.$containerIndex];
    for (const [key, v] of Object.entries(node)) if (!key.startsWith('$') && v !== undefined) out[key] = plain(v);
    return out;
}

const models = (): Array<[string, string]> => [
    ...['northbay/stakeholders.ssc', 'northbay/plan.ssc', 'northbay/assessments.ssc', 'valencia/city.ssc', 'valencia/engagement.ssc'].map(
        (file): [string, string] => [file, readFileSync(path.join(ROOT, 'examples', file), 'utf8')],
    ),
    ['generated', [...generateModel({ stakeholders: 40 }).values()].join('\n')],
];

describe('syntax nodes start with their type’s properties (language/parser/node-shapes.ts)', () => {
    test("the trees are Langium's: the same properties, values, containers and CST extents", async () => {
        const { Ssc } = await createTestServices();
        const langium = createLangiumParser(Ssc);
        for (const [name, text] of models()) {
            const ours = Ssc.parser.LangiumParser.parse(text);
            const theirs = langium.parse(text);
            expect(ours.parserErrors, name).toEqual([]);
            expect(plain(ours.value), `${name}: our tree differs from Langium's`).toEqual(plain(theirs.value));
        }
    });

    test('every node of a type has the same properties in the same order', async () => {
        const { Ssc } = await createTestServices();
        const keys = new Map<string, string>();
        for (const [name, text] of models()) {
            for (const node of AstUtils.streamAst(Ssc.parser.LangiumParser.parse(text).value)) {
                const own = Object.keys(node).join(',');
                expect(own, `${name}: a ${node.$type} with other properties`).toBe(keys.get(node.$type) ?? own);
                keys.set(node.$type, own);
            }
        }
        expect(keys.get('Stakeholder')?.split(',').length).toBeGreaterThan(20);
    });

    test('V8 keeps every node in a fast layout, stakeholders included', async () => {
        // A fresh process: `%HasFastProperties` needs --allow-natives-syntax.
        const counts = await runProbe<Record<string, { fast: number; dictionary: number }>>('test/language/parser/node-shapes-probe.ts', [
            '--allow-natives-syntax',
        ]);
        expect(counts.Stakeholder?.fast, 'no stakeholders parsed').toBeGreaterThan(0);
        const slow = Object.entries(counts).filter(([, c]) => c.dictionary > 0);
        expect(slow, 'syntax nodes kept as dictionaries: does Langium still start nodes in startImplementation?').toEqual([]);
    });
});
