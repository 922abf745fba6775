import { describe, expect, test } from 'vitest';
import { allRuleExplanations, ruleExplanation } from '../../../language/validation/rule-explanation.js';
import { RULES, Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace } from '../../helpers/workspace.js';

describe('rule explanations', () => {
    test('every rule of the catalogue has one: summary, basis, default and how to change it', () => {
        expect(allRuleExplanations().map(r => r.code)).toEqual(RULES.map(r => r.code));
        for (const rule of RULES) {
            const text = ruleExplanation(rule.code)!;
            expect(text).toContain(rule.summary);
            expect(text).toContain(`Default severity: \`${rule.severity}\``);
            expect(text).toContain('ssc.rules');
            if (rule.basis?.startsWith('C')) {
                expect(text).toMatch(/By convention/);
                expect(text).toMatch(/not a rule the Supplement states/);
            }
        }
        expect(ruleExplanation('no/such-rule')).toBeUndefined();
    });

    test("hovering a finding shows its rule's full explanation", async () => {
        const text =
            'programme P { review every 6 months }\nstakeholder Council : municipality { power high interest low strategy monitor }\n';
        const ws = await buildWorkspace({ 'model.ssc': text });
        const document = ws.documents.get('model.ssc')!;
        const finding = document.diagnostics!.find(d => d.code === Rule.StrategyMismatch)!;
        const hover = await ws.services.Ssc.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: finding.range.start,
        });
        const value = (hover?.contents as { value: string }).value;
        expect(value).toContain(`**${Rule.StrategyMismatch}**`);
        expect(value).toMatch(/By convention/);
        expect(value).toContain('Default severity: `warning`');
    });
});
