import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, getDiagnosticRange, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../../../bench/model-generator.js';
import { propertyDiagnosticRange } from '../../../language/validation/locate.js';
import { ROOT } from '../../helpers/cli.js';
import { createTestServices } from '../../helpers/workspace.js';

describe('propertyDiagnosticRange', () => {
    test("gives the range Langium's getDiagnosticRange gives, for every property of every node, any index", async () => {
        const { Ssc } = await createTestServices();
        const texts = [
            readFileSync(path.join(ROOT, 'examples', 'northbay', 'stakeholders.ssc'), 'utf8'),
            readFileSync(path.join(ROOT, 'examples', 'northbay', 'assessments.ssc'), 'utf8'),
            readFileSync(path.join(ROOT, 'examples', 'valencia', 'city.ssc'), 'utf8'),
            [...generateModel({ stakeholders: 30 }).values()].join('\n'),
            // After a syntax error, half-built nodes miss some of their syntax.
            'stakeholder A "A" : municipality {\n    power 4\n    interest\n}\nrelation A -> : funds\n',
        ];
        let compared = 0;
        for (const text of texts) {
            for (const node of AstUtils.streamAst(Ssc.parser.LangiumParser.parse(text).value)) {
                for (const property of Object.keys(node).filter(k => !k.startsWith('$'))) {
                    for (const index of [undefined, 0, 1, 3, 50]) {
                        const ours = propertyDiagnosticRange(node, property, index);
                        const langiums = getDiagnosticRange({ node: node as AstNode, property, index });
                        // Undefined: Langium takes the whole node, which the report leaves to it.
                        expect(ours ?? node.$cstNode?.range ?? langiums, `${node.$type}.${property}[${index}]`).toEqual(langiums);
                        compared++;
                    }
                }
            }
        }
        expect(compared).toBeGreaterThan(5000);
    });
});
