import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { GrammarVocabulary } from './grammar-vocabulary.js';
import { explainSyntaxProblem } from './syntax-messages.js';
import type { SyntaxProblem } from './syntax-problem.js';
import { plainRuleName } from './syntax-words.js';

/**
 * Chevrotain's error messages, in the language's own terms. Each problem is also recorded with what
 * the parser expected, so the document validator can refine the message with the document's text and
 * attach quick fixes; {@link take} hands over the problems of the last parse.
 */
export class SscParserErrorMessageProvider implements IParserErrorMessageProvider {
    private problems: SyntaxProblem[] = [];

    constructor(private readonly vocabulary: () => GrammarVocabulary) {}

    /** Forgets what earlier parses (the completion parser's included) recorded. */
    reset(): void {
        this.problems = [];
    }

    /** The problems recorded since the last reset, in the order the parser met them. */
    take(): SyntaxProblem[] {
        const problems = this.problems;
        this.problems = [];
        return problems;
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return this.record({
            kind: 'mismatch',
            rule: plainRuleName(options.ruleName),
            expected: [options.expected.name],
            token: options.actual,
            previous: options.previous,
        });
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return this.record({ kind: 'redundant', rule: plainRuleName(options.ruleName), expected: ['EOF'], token: options.firstRedundant });
    }

    buildNoViableAltMessage(options: {
        expectedPathsPerAlt: TokenType[][][];
        actual: IToken[];
        previous: IToken;
        ruleName: string;
    }): string {
        const expected = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0]?.name)).filter((t): t is string => Boolean(t));
        return this.record({
            kind: 'alternatives',
            rule: plainRuleName(options.ruleName),
            expected: [...new Set(expected)],
            token: options.actual[0],
            previous: options.previous,
        });
    }

    buildEarlyExitMessage(options: {
        expectedIterationPaths: TokenType[][];
        actual: IToken[];
        previous: IToken;
        ruleName: string;
    }): string {
        const expected = options.expectedIterationPaths.map(path => path[0]?.name).filter((t): t is string => Boolean(t));
        return this.record({
            kind: 'alternatives',
            rule: plainRuleName(options.ruleName),
            expected: [...new Set(expected)],
            token: options.actual[0],
            previous: options.previous,
        });
    }

    private record(problem: SyntaxProblem): string {
        this.problems.push(problem);
        // Bound the list: the completion parser records too, and nobody takes its problems.
        if (this.problems.length > 10_000) this.problems.splice(0, this.problems.length - 10_000);
        return explainSyntaxProblem(problem, this.vocabulary()).message;
    }
}
