import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { propertyDiagnosticRange } from './locate.js';
import { ruleInfo } from './rule-codes.js';

/**
 * Reports a finding of a catalogue rule at the rule's default severity (the document validator
 * applies the overrides in force afterwards).
 */
export function report<N extends AstNode>(
    accept: ValidationAcceptor,
    code: string,
    message: string,
    info: Omit<DiagnosticInfo<N>, 'code'>,
): void {
    const range =
        info.range ?? (typeof info.property === 'string' ? propertyDiagnosticRange(info.node, info.property, info.index) : undefined);
    // Spelled out rather than spread: the checks pass infos of many shapes, and a spread of each
    // copies it key by key; this is one shape, with every key Langium's toDiagnostic reads.
    const full: DiagnosticInfo<N> = {
        node: info.node,
        property: info.property,
        index: info.index,
        keyword: info.keyword,
        range,
        code,
        codeDescription: info.codeDescription,
        tags: info.tags,
        relatedInformation: info.relatedInformation,
        data: info.data,
    } as DiagnosticInfo<N>;
    accept(ruleInfo(code)?.severity ?? 'warning', message, full);
}

/** `a, b and c` */
export function listWords(words: readonly string[], last = 'and'): string {
    if (words.length <= 1) return words.join('');
    return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** `'a', 'b' or 'c'` */
export function quoteList(words: readonly string[], last = 'and'): string {
    return listWords(
        words.map(w => `'${w}'`),
        last,
    );
}
