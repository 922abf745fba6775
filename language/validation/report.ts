import { GrammarUtils, type AstNode, type DiagnosticInfo, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { ruleInfo } from './rule-codes.js';

// Several rules report on the same stakeholder name; finding it in the syntax tree once is enough.
const nameRanges = new WeakMap<AstNode, Range | undefined>();

function nameRange(node: AstNode): Range | undefined {
    if (!nameRanges.has(node)) nameRanges.set(node, node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range);
    return nameRanges.get(node);
}

/**
 * Reports a finding of a catalogue rule at the rule's default severity (the document validator
 * applies the overrides in force afterwards).
 */
export function report<N extends AstNode>(accept: ValidationAcceptor, code: string, message: string, info: Omit<DiagnosticInfo<N>, 'code'>): void {
    const range = info.range ?? (info.property === 'name' && info.index === undefined ? nameRange(info.node) : undefined);
    accept(ruleInfo(code)?.severity ?? 'warning', message, { ...info, range, code } as DiagnosticInfo<N>);
}

/** `a, b and c` */
export function listWords(words: readonly string[], last = 'and'): string {
    if (words.length <= 1) return words.join('');
    return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** `'a', 'b' or 'c'` */
export function quoteList(words: readonly string[], last = 'and'): string {
    return listWords(words.map(w => `'${w}'`), last);
}
