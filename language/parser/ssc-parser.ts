import {
    LangiumParser,
    type AstNode,
    type CompositeCstNode,
    type CstNode,
    type GrammarAST,
    type LangiumCoreServices,
    type LexerResult,
    type ParseResult,
    type RootCstNode,
} from 'langium';
import type { IToken } from 'chevrotain';
import { SscCompositeCstNode } from './composite-nodes.js';
import { SscLeafCstNode } from './lazy-ranges.js';
import type { GrammarVocabulary } from './grammar-vocabulary.js';
import { installLineRecovery } from './line-recovery.js';
import { linkContainers } from './link-containers.js';
import { buildParserRules } from './parser-builder.js';
import { shapeSyntaxNodes } from './node-shapes.js';
import { prunePartialNodes } from './prune-partial-nodes.js';
import type { SscParserErrorMessageProvider } from './syntax-error-provider.js';
import type { SyntaxProblem } from './syntax-problem.js';

interface HiddenNodeBuilder {
    addHiddenNodes(tokens: readonly unknown[]): void;
}

/** The parts of Langium's `CstNodeBuilder` that building a node uses (its `buildLeafNode` and `buildCompositeNode`, repeated below). */
interface LeafNodeBuilder {
    rootNode: CstNode;
    readonly current: { content: CstNode[] };
    readonly nodeStack: CstNode[];
    buildLeafNode(token: IToken, feature: GrammarAST.AbstractElement | undefined): CstNode;
    buildCompositeNode(feature: GrammarAST.AbstractElement): CompositeCstNode;
}

/** The part of Langium's parser that takes the comments before each token it consumes. */
interface HiddenTokenSource {
    lexerResult: LexerResult | undefined;
    extractHiddenTokens(token: IToken): IToken[];
}

/** No comments: returned instead of a new empty array for every token when none are left to take. */
const NO_TOKENS: IToken[] = Object.freeze([]) as unknown as IToken[];

/** A parse result with the syntax problems recorded while parsing, for the document validator. */
export type SscParseResult = ParseResult & { syntaxProblems?: readonly SyntaxProblem[] };

/**
 * Langium's parser with our fixes:
 * - its rules are built by {@link buildParserRules}, which makes each alternative list once, not at every step;
 * - it takes the comments before every token it consumes, in a new array even when the file has none left;
 *   then it is given one shared empty array;
 * - its CST builder's `addHiddenNodes` runs for every token even when there are no comments to add,
 *   searching the root's children each time; in a file with thousands of top-level elements that made
 *   parsing quadratic (LANGIUM-NOTES, fix 2). With nothing to add the call is a no-op, so skipping it
 *   leaves the tree identical;
 * - leaves work out their line and column range from their offset when asked for (`SscLeafCstNode`), and
 *   composite nodes find their first token by index (`SscCompositeCstNode`); both join their parent's
 *   child list without the list's rest-parameter `push`;
 * - syntax nodes start with every property of their type, so V8 keeps them compact (`shapeSyntaxNodes`);
 * - error recovery works by lines and skips whole blocks between elements (see `installLineRecovery`);
 * - after a parse with errors, half-built entries are removed (see `prunePartialNodes`), and the
 *   syntax problems met are kept on the result, for messages in the analyst's words.
 */
export function createSscParser(
    services: LangiumCoreServices,
    vocabulary: () => GrammarVocabulary,
    /** Builds the rules; Langium's `createParser` can stand in (the builder's test compares the two). */
    buildRules: typeof buildParserRules = buildParserRules,
): LangiumParser {
    // Langium's createLangiumParser, with syntax nodes shaped before the rules are built, and our rule builder.
    const parser = new LangiumParser(services);
    shapeSyntaxNodes(parser, services.shared.AstReflection);
    buildRules(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    const builder = (parser as unknown as { nodeBuilder?: HiddenNodeBuilder & LeafNodeBuilder }).nodeBuilder;
    if (builder && typeof builder.addHiddenNodes === 'function') {
        const addHiddenNodes = builder.addHiddenNodes.bind(builder);
        builder.addHiddenNodes = tokens => {
            if (tokens.length > 0) addHiddenNodes(tokens);
        };
    }
    const hidden = parser as unknown as Partial<HiddenTokenSource>;
    if (typeof hidden.extractHiddenTokens === 'function') {
        const extract = hidden.extractHiddenTokens.bind(parser);
        hidden.extractHiddenTokens = token => (hidden.lexerResult?.hidden.length ? extract(token) : NO_TOKENS);
    }
    if (builder && typeof builder.buildLeafNode === 'function') {
        builder.buildLeafNode = (token, feature) => {
            const leaf = new SscLeafCstNode(token.startOffset, token.image.length, token.tokenType, !feature);
            leaf.grammarSource = feature;
            leaf.root = builder.rootNode as RootCstNode;
            joinCurrent(builder, leaf);
            return leaf;
        };
    }
    if (builder && typeof builder.buildCompositeNode === 'function') {
        builder.buildCompositeNode = feature => {
            const node = new SscCompositeCstNode();
            node.grammarSource = feature;
            node.root = builder.rootNode as RootCstNode;
            joinCurrent(builder, node);
            builder.nodeStack.push(node);
            return node;
        };
    }
    const wrapper = (parser as unknown as { wrapper?: unknown }).wrapper;
    if (wrapper) installLineRecovery(wrapper, rule => vocabulary().hasBlock(rule));
    const messages = services.parser.ParserErrorMessageProvider as Partial<SscParserErrorMessageProvider>;
    const parse = linkingOnce(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        messages.reset?.();
        const result = parse(input, options) as SscParseResult;
        const problems = messages.take?.() ?? [];
        if (result.parserErrors.length > 0) {
            prunePartialNodes(result.value, vocabulary());
            return { ...result, syntaxProblems: problems };
        }
        return result;
    }) as LangiumParser['parse'];
    return parser;
}

/**
 * Adds a new node to the child list of the builder's current node: what the list's `push` does (it
 * sets the parent), without its rest parameters, which made two arrays per node.
 */
function joinCurrent(builder: LeafNodeBuilder, node: CstNode & { container?: CompositeCstNode }): void {
    const current = builder.current;
    node.container = current as unknown as CompositeCstNode;
    current.content[current.content.length] = node;
}

/** The parts of Langium's parser that its `parse` uses (repeated in {@link linkingOnce}). */
interface ParserInternals {
    readonly nodeBuilder: { buildRootNode(input: string): unknown; addHiddenNodes(tokens: IToken[]): void };
    readonly lexer: { tokenize(input: string): LexerResult };
    lexerResult: LexerResult | undefined;
    readonly wrapper: { input: IToken[]; readonly errors: ParseResult['parserErrors'] };
    readonly allRules: Map<string, unknown>;
    readonly mainRule: unknown;
    readonly unorderedGroups: Map<string, unknown>;
    doParse(rule: unknown): AstNode;
}

/**
 * Langium's `LangiumParser.parse`, step for step, but for its last one: the containers of the nodes
 * are set by {@link linkContainers} instead of Langium's `linkContentToContainer`, which made a pair
 * array per property of every node (guard test: `test/language/parser/link-containers.test.ts`, and
 * `node-shapes.test.ts` compares the trees with Langium's).
 */
function linkingOnce(parser: LangiumParser): LangiumParser['parse'] {
    const internals = parser as unknown as ParserInternals;
    return ((input: string, options: { rule?: string } = {}) => {
        internals.nodeBuilder.buildRootNode(input);
        const lexerResult = (internals.lexerResult = internals.lexer.tokenize(input));
        internals.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? internals.allRules.get(options.rule) : internals.mainRule;
        if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        const result = internals.doParse(ruleMethod);
        internals.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        internals.unorderedGroups.clear();
        internals.lexerResult = undefined;
        linkContainers(result);
        return {
            value: result,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors: internals.wrapper.errors,
        };
    }) as LangiumParser['parse'];
}
