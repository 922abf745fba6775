import { EOF, type DSLMethodOpts, type IOrAlt, type TokenType, type TokenTypeDictionary } from 'chevrotain';
import { AstUtils, GrammarAST, GrammarUtils, type BaseParser } from 'langium';

type Method = () => void;
type Rule = Parameters<BaseParser['subrule']>[1];
type Args = Parameters<BaseParser['subrule']>[4];

/** The arguments every rule is called with: none, as no rule of ours has parameters. */
const NO_ARGUMENTS = undefined as unknown as Args;

/** The occurrence counters of one rule: Chevrotain tells apart two uses of a method in a rule by its index. */
interface RuleContext {
    readonly parser: BaseParser;
    readonly tokens: TokenTypeDictionary;
    consume: number;
    subrule: number;
    optional: number;
    many: number;
    or: number;
}

/**
 * Builds the parser's rules from the grammar: what Langium's `createParser` does, for the constructs
 * our grammar uses, with every option object and alternative list made once per grammar element.
 *
 * Langium's builder passes each rule's arguments down to its alternatives and repetitions, so it makes
 * a fresh alternative list (an object and a closure per alternative), a fresh repetition object and an
 * arguments object at every step of the parse: for a stakeholder's body of 17 alternatives, some 40
 * objects per property parsed, about half of everything the parse allocated. Our grammar has no rule
 * parameters or guards, so nothing depends on arguments and all of it can be made once. Constructs
 * that would need them (parameters, guards, unordered groups, infix rules) are refused by name.
 *
 * The tree it builds is Langium's (guard test: `test/language/parser/parser-builder.test.ts`).
 */
export function buildParserRules(grammar: GrammarAST.Grammar, parser: BaseParser, tokens: TokenTypeDictionary): void {
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    for (const rule of grammar.rules) {
        if (!reachable.has(rule)) continue;
        if (GrammarAST.isInfixRule(rule)) unsupported('infix rules', rule.name);
        if (!GrammarAST.isParserRule(rule)) continue;
        if (rule.parameters.length > 0) unsupported('rule parameters', rule.name);
        const context: RuleContext = { parser, tokens, consume: 1, subrule: 1, optional: 1, many: 1, or: 1 };
        parser.rule(rule, buildElement(context, rule.definition));
    }
}

function unsupported(construct: string, where: string): never {
    throw new Error(`The SSC parser builder does not support ${construct} (in ${where}); Langium's createParser does.`);
}

function buildElement(context: RuleContext, element: GrammarAST.AbstractElement): Method {
    return repeated(context, element, buildOnce(context, element));
}

function buildOnce(context: RuleContext, element: GrammarAST.AbstractElement): Method {
    const { parser } = context;
    if (GrammarAST.isKeyword(element)) return consume(context, tokenOf(context, element.value), element);
    if (GrammarAST.isAssignment(element)) return buildElement(context, element.terminal);
    if (GrammarAST.isCrossReference(element)) return buildCrossReference(context, element, element.terminal);
    if (GrammarAST.isRuleCall(element)) return buildRuleCall(context, element, element);
    if (GrammarAST.isAlternatives(element)) return buildAlternatives(context, element);
    if (GrammarAST.isUnorderedGroup(element)) unsupported('unordered groups', ruleOf(element));
    if (GrammarAST.isGroup(element)) {
        if (element.guardCondition) unsupported('guard conditions', ruleOf(element));
        const steps = element.elements.map(child => buildElement(context, child));
        return () => {
            for (let i = 0; i < steps.length; i++) steps[i]();
        };
    }
    if (GrammarAST.isAction(element)) {
        if (element.feature) unsupported('actions that assign the current node', ruleOf(element));
        const type = GrammarUtils.getTypeName(element);
        return () => parser.action(type, element);
    }
    if (GrammarAST.isEndOfFile(element)) return consume(context, EOF, element);
    return unsupported(`'${element.$type}' elements`, ruleOf(element));
}

/** A rule call, or the terminal of a cross-reference (`feature` is then the cross-reference). */
function buildRuleCall(context: RuleContext, call: GrammarAST.RuleCall, feature: GrammarAST.AbstractElement): Method {
    const { parser } = context;
    const rule = call.rule.ref;
    if (GrammarAST.isParserRule(rule)) {
        if (call.arguments.length > 0) unsupported('rule arguments', ruleOf(call));
        const index = context.subrule++;
        const fragment = rule.fragment;
        let callee: Rule | undefined;
        return () => {
            // Rules are made in grammar order, so a rule may call one that is not made yet.
            callee ??= ruleNamed(parser, rule.name);
            parser.subrule(index, callee, fragment, feature, NO_ARGUMENTS);
        };
    }
    if (GrammarAST.isTerminalRule(rule)) return consume(context, tokenOf(context, rule.name), feature);
    return unsupported(`a call of '${call.rule.$refText}'`, ruleOf(call));
}

function buildCrossReference(
    context: RuleContext,
    reference: GrammarAST.CrossReference,
    terminal: GrammarAST.AbstractElement | undefined,
): Method {
    if (!terminal) {
        const type = reference.type.ref;
        const nameTerminal = type && GrammarUtils.findNameAssignment(type)?.terminal;
        if (!nameTerminal) return unsupported(`a cross-reference to '${reference.type.$refText}' without a name`, ruleOf(reference));
        return buildCrossReference(context, reference, nameTerminal);
    }
    if (GrammarAST.isRuleCall(terminal)) return buildRuleCall(context, terminal, reference);
    if (GrammarAST.isKeyword(terminal)) return consume(context, tokenOf(context, terminal.value), reference);
    return unsupported(`a cross-reference by '${terminal.$type}'`, ruleOf(reference));
}

function buildAlternatives(context: RuleContext, alternatives: GrammarAST.Alternatives): Method {
    if (alternatives.elements.length === 1) return buildElement(context, alternatives.elements[0]);
    const choices: Array<IOrAlt<unknown>> = alternatives.elements.map(element => {
        if (GrammarAST.isGroup(element) && element.guardCondition) unsupported('guard conditions', ruleOf(element));
        return { ALT: buildElement(context, element) };
    });
    const index = context.or++;
    return () => context.parser.alternatives(index, choices);
}

/** `method` under the element's cardinality (`?`, `*`, `+`), with its option object made once. */
function repeated(context: RuleContext, element: GrammarAST.AbstractElement, method: Method): Method {
    const { parser } = context;
    const options: DSLMethodOpts<unknown> = { DEF: method };
    switch (element.cardinality) {
        case undefined:
            return method;
        case '?': {
            const index = context.optional++;
            return () => parser.optional(index, options);
        }
        case '*': {
            const index = context.many++;
            return () => parser.many(index, options);
        }
        case '+': {
            const index = context.many++;
            return () => parser.atLeastOne(index, options);
        }
    }
}

/** Consuming one token, with the next occurrence index of the rule. */
function consume(context: RuleContext, token: TokenType, feature: GrammarAST.AbstractElement): Method {
    const { parser } = context;
    const index = context.consume++;
    return () => parser.consume(index, token, feature);
}

function tokenOf(context: RuleContext, name: string): TokenType {
    const token = context.tokens[name];
    if (!token) throw new Error(`The grammar names a token '${name}' that the lexer does not define.`);
    return token;
}

function ruleNamed(parser: BaseParser, name: string): Rule {
    const rule = parser.getRule(name);
    if (!rule) throw new Error(`The grammar calls a rule '${name}' that was not built.`);
    return rule;
}

function ruleOf(element: GrammarAST.AbstractElement): string {
    const rule = AstUtils.getContainerOfType(element, GrammarAST.isAbstractRule);
    return rule ? `rule ${rule.name}` : 'the grammar';
}
