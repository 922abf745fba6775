/**
 * The import invariants of ARCHITECTURE.md, checked on every source file: a violation names the
 * file, the line and the import that breaks the rule.
 */
import { describe, expect, test } from 'vitest';
import { importsOf, sourceFiles, type ImportEdge } from './helpers/source-graph.js';

const where = (e: ImportEdge) => `${e.from}:${e.line} imports '${e.specifier}'`;
const edges = (folder: string) => sourceFiles(folder).flatMap(importsOf);
const inside = (e: ImportEdge, folder: string) => e.to !== undefined && e.to.startsWith(folder + '/');

describe('import invariants (ARCHITECTURE.md)', () => {
    test('language/model/ is pure: it imports neither Langium nor VS Code nor the LSP libraries, nor anything outside itself', () => {
        const bad = edges('language/model').filter(
            e => /^(langium|vscode)/.test(e.specifier) || (e.to !== undefined && !inside(e, 'language/model')),
        );
        expect(bad.map(where)).toEqual([]);
    });

    test('client/ and server/ share only protocol/: neither imports the other', () => {
        const bad = [...edges('client').filter(e => inside(e, 'server')), ...edges('server').filter(e => inside(e, 'client'))];
        expect(bad.map(where)).toEqual([]);
    });

    test('the preview script (preview-src/) imports only itself and protocol/webview-messages.ts', () => {
        const bad = edges('preview-src').filter(
            e => e.to === undefined || !(inside(e, 'preview-src') || e.to === 'protocol/webview-messages.ts'),
        );
        expect(bad.map(where)).toEqual([]);
    });

    test('protocol/ holds message types: it imports only language/model/ types, itself and vscode-languageserver-protocol', () => {
        const bad = edges('protocol').filter(e =>
            e.to === undefined
                ? e.specifier !== 'vscode-languageserver-protocol'
                : !(inside(e, 'protocol') || (inside(e, 'language/model') && !e.runtime)),
        );
        expect(bad.map(where)).toEqual([]);
    });

    test('builder/ is the only reader of syntax trees for model data: the model, workspace model, server, CLI and clients never import the syntax-tree types', () => {
        const bad = ['language/model', 'language/workspace', 'server', 'cli', 'client', 'preview-src', 'protocol']
            .flatMap(edges)
            .filter(e => e.to?.startsWith('language/generated/'));
        expect(bad.map(where)).toEqual([]);
    });

    test('the VS Code API is imported only by the extension client', () => {
        const bad = ['language', 'server', 'cli', 'protocol', 'preview-src']
            .flatMap(edges)
            .filter(e => e.specifier === 'vscode' || e.specifier.startsWith('vscode-languageclient'));
        expect(bad.map(where)).toEqual([]);
    });
});
