import { DefaultValueConverter, GrammarUtils, type CstNode, type GrammarAST, type ValueType } from 'langium';

type Convert = (input: string, cstNode: CstNode) => ValueType;

/**
 * Langium's value converter, with two changes that leave every value the same:
 * - strings are taken as a slice of their token when they hold no escape. Langium builds every
 *   string value a character at a time, which in V8 makes a chain of string pieces per value (one per
 *   character past the twelfth), garbage as soon as the value is first read whole: ~80,000 string
 *   values at 1,000 stakeholders. A slice has the same characters;
 * - what to do for a rule is worked out once per rule. Langium's `runConverter` upper-cases the rule's
 *   name and works out the rule's type for every value it converts: every name, reference and keyword
 *   value of a datatype rule, a new string each time (~8 % of what a parse allocated).
 */
export class SscValueConverter extends DefaultValueConverter {
    private readonly byRule = new Map<GrammarAST.AbstractRule, Convert>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        let convert = this.byRule.get(rule);
        if (!convert) {
            convert = this.converterFor(rule);
            this.byRule.set(rule, convert);
        }
        return convert(input, cstNode);
    }

    /** Langium's `runConverter` for one rule: its cases in its order, decided once. */
    private converterFor(rule: GrammarAST.AbstractRule): Convert {
        const langiums: Convert = (input, cstNode) => super.runConverter(rule, input, cstNode);
        switch (rule.name.toUpperCase()) {
            case 'STRING':
                return (input, cstNode) => (input.includes('\\') ? langiums(input, cstNode) : input.slice(1, -1));
            case 'INT':
            case 'ID':
                return langiums;
        }
        switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
            case 'number':
            case 'boolean':
            case 'bigint':
            case 'date':
                return langiums;
            default:
                return input => input;
        }
    }
}
