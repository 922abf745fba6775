/**
 * Monaco set-up: its editor worker comes from the site itself, the `ssc` language gets the
 * extension's language configuration and its TextMate colouring, and a light theme colours the
 * grammar's scopes.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import grammar from '../syntaxes/ssc.tmLanguage.json';
import { LANGUAGE_ID } from './monaco-providers.js';
import { TmTokenizer, type TmGrammar, type TmState } from './textmate.js';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => new Worker('editor.worker.js', { name: 'monaco-editor' }),
};

class LineState implements monaco.languages.IState {
    constructor(readonly stack: TmState) {}
    clone(): LineState {
        return new LineState(this.stack);
    }
    equals(other: monaco.languages.IState): boolean {
        const o = other as LineState;
        return o.stack.length === this.stack.length && o.stack.every((v, i) => v === this.stack[i]);
    }
}

/** Registers the language, its colouring and the theme. */
export function setUpLanguage(): void {
    monaco.languages.register({ id: LANGUAGE_ID, extensions: ['.ssc'], aliases: ['SSC Stakeholder Model', 'ssc'] });
    monaco.languages.setLanguageConfiguration(LANGUAGE_ID, {
        comments: { lineComment: '//', blockComment: ['/*', '*/'] },
        brackets: [['{', '}']],
        autoClosingPairs: [
            { open: '{', close: '}' },
            { open: '"', close: '"', notIn: ['string', 'comment'] },
            { open: '/*', close: ' */', notIn: ['string'] },
        ],
        surroundingPairs: [
            { open: '{', close: '}' },
            { open: '"', close: '"' },
        ],
        wordPattern: /[_a-zA-Z][\w]*(?:-\w+)*(?:\.[_a-zA-Z][\w]*(?:-\w+)*)*|\d{4}-\d{2}-\d{2}|\d+/,
        indentationRules: { increaseIndentPattern: /\{[^}"]*$/, decreaseIndentPattern: /^\s*\}/ },
    });
    const tokenizer = new TmTokenizer(grammar as TmGrammar);
    monaco.languages.setTokensProvider(LANGUAGE_ID, {
        getInitialState: () => new LineState(tokenizer.initialState),
        tokenize(line, state) {
            const result = tokenizer.tokenizeLine(line, (state as LineState).stack);
            return {
                tokens: result.tokens.map(t => ({ startIndex: t.startIndex, scopes: t.scope })),
                endState: new LineState(result.state),
            };
        },
    });
    monaco.editor.defineTheme('ssc-light', {
        base: 'vs',
        inherit: true,
        colors: {},
        rules: [
            { token: 'storage.type', foreground: '0000ff' },
            { token: 'entity.name.type', foreground: '267f99' },
            { token: 'support.type.builtin', foreground: '267f99', fontStyle: 'italic' },
            { token: 'support.function', foreground: '795e26' },
            { token: 'constant.language', foreground: '0070c1' },
            { token: 'constant.numeric', foreground: '098658' },
            { token: 'constant.character.escape', foreground: 'ee0000' },
            { token: 'keyword.other', foreground: 'af00db' },
            { token: 'keyword.operator', foreground: '000000' },
            { token: 'variable.other', foreground: '001080' },
            { token: 'punctuation', foreground: '000000' },
        ],
    });
}
