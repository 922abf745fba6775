import { DefaultValueConverter, GrammarUtils, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

type Convert = (input: string) => ValueType;

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

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, _cstNode: CstNode): ValueType {
        let convert = this.byRule.get(rule);
        if (!convert) {
            convert = converterFor(rule);
            this.byRule.set(rule, convert);
        }
        return convert(input);
    }
}

/** Langium's `runConverter` for one rule: its cases in its order, decided once. */
function converterFor(rule: GrammarAST.AbstractRule): Convert {
    switch (rule.name.toUpperCase()) {
        case 'STRING':
            return input => (input.includes('\\') ? ValueConverter.convertString(input) : input.slice(1, -1));
        case 'INT':
            return ValueConverter.convertInt;
        case 'ID':
            return ValueConverter.convertID;
    }
    switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
        case 'number':
            return ValueConverter.convertNumber;
        case 'boolean':
            return ValueConverter.convertBoolean;
        case 'bigint':
            return ValueConverter.convertBigint;
        case 'date':
            return ValueConverter.convertDate;
        default:
            return input => input;
    }
}
