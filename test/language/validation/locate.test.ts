import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, getDiagnosticRange, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../../../bench/model-generator.js';
import { propertyDiagnosticRange, propertyNodes, propertyRange, repeatsProperty } from '../../../language/validation/locate.js';
import { ROOT } from '../../helpers/cli.js';
import { createTestServices } from '../../helpers/workspace.js';

/** Samples with every kind of node; the last is broken: after a syntax error, half-built nodes miss some of their syntax. */
function samples(): string[] {
    return [
        readFileSync(path.join(ROOT, 'examples', 'northbay', 'stakeholders.ssc'), 'utf8'),
        readFileSync(path.join(ROOT, 'examples', 'northbay', 'assessments.ssc'), 'utf8'),
        readFileSync(path.join(ROOT, 'examples', 'valencia', 'city.ssc'), 'utf8'),
        [...generateModel({ stakeholders: 30 }).values()].join('\n'),
        'stakeholder A "A" : municipality {\n    power 4\n    interest\n}\nrelation A -> : funds\n',
    ];
}

/** Calls `visit` for every property of every node of every sample, each sample parsed afresh. */
async function eachProperty(visit: (node: AstNode, property: string) => void): Promise<void> {
    const { Ssc } = await createTestServices();
    for (const text of samples()) {
        for (const node of AstUtils.streamAst(Ssc.parser.LangiumParser.parse(text).value)) {
            for (const property of Object.keys(node).filter(k => !k.startsWith('$'))) visit(node, property);
        }
    }
}

describe('propertyDiagnosticRange', () => {
    test("gives the range Langium's getDiagnosticRange gives, for every property of every node, any index", async () => {
        let compared = 0;
        await eachProperty((node, property) => {
            for (const index of [undefined, 0, 1, 3, 50]) {
                const ours = propertyDiagnosticRange(node, property, index);
                const langiums = getDiagnosticRange({ node, property, index });
                // Undefined: Langium takes the whole node, which the report leaves to it.
                expect(ours ?? node.$cstNode?.range ?? langiums, `${node.$type}.${property}[${index}]`).toEqual(langiums);
                compared++;
            }
        });
        expect(compared).toBeGreaterThan(5000);
    });

    test('finds the first node of each property by a walk that stops at it, before any node is collected whole', async () => {
        let compared = 0;
        // Only the first node of each property is asked for, so no node's property syntax is collected.
        await eachProperty((node, property) => {
            const langiums = getDiagnosticRange({ node, property });
            expect(propertyDiagnosticRange(node, property, undefined) ?? node.$cstNode?.range ?? langiums).toEqual(langiums);
            expect(propertyRange(node, property) ?? langiums, `${node.$type}.${property}`).toEqual(langiums);
            compared++;
        });
        expect(compared).toBeGreaterThan(1000);
    });
});

describe('repeatsProperty', () => {
    test('tells whether a property has two syntax nodes, as collecting every property would', async () => {
        const { Ssc } = await createTestServices();
        const texts = [
            readFileSync(path.join(ROOT, 'examples', 'valencia', 'city.ssc'), 'utf8'),
            [...generateModel({ stakeholders: 30 }).values()].join('\n'),
            'stakeholder A : citizens { power low power high interest 3 aims "x" aims "y" }',
            'assessment "Q1" on 2026-03-31 { A neutral power 2 interest 3 power 4 B supportive }',
            'programme P { as-of 2026-01-01 city "X" as-of 2026-02-01 review every 3 months }',
            'action Act { owner A due 2026-01-01 status open owner B status done }',
            'group g { clause "1" clause "2" }',
            'stakeholder B : citizens { power 4 interest',
        ];
        let repeated = 0,
            asked = 0;
        for (const text of texts) {
            for (const node of AstUtils.streamAst(Ssc.parser.LangiumParser.parse(text).value)) {
                const properties = Object.keys(node).filter(k => !k.startsWith('$'));
                for (const property of properties) {
                    const set = new Set([property, 'no-such-property']);
                    // Asked before and after the node's property syntax is collected (the cached path).
                    const before = repeatsProperty(node, set);
                    const expected = propertyNodes(node, property).length > 1;
                    expect(before, `${node.$type}.${property}`).toBe(expected);
                    expect(repeatsProperty(node, set)).toBe(expected);
                    if (expected) repeated++;
                    asked++;
                }
                expect(repeatsProperty(node, new Set(properties))).toBe(properties.some(p => propertyNodes(node, p).length > 1));
            }
        }
        expect(repeated).toBeGreaterThanOrEqual(6);
        expect(asked).toBeGreaterThan(500);
    });
});
