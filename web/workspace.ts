/**
 * The playground's files: one Monaco model per file, the tab strip, the active editor, and the
 * language server kept in step (open, incremental changes, removal). The built-in vocabulary can
 * be shown read-only in a tab of its own (go to definition on a standard group).
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import { BUILTIN_URI, builtinLibraryText } from '../language/builtin/builtin-library.js';
import { cleanFileName, nameOf, uriOf, type PlaygroundFile } from './file-names.js';
import type { LspClient } from './lsp-client.js';
import { LANGUAGE_ID } from './monaco-providers.js';

interface Entry {
    name: string;
    model: monaco.editor.ITextModel;
    view?: monaco.editor.ICodeEditorViewState | null;
    readOnly: boolean;
}

const BUILTIN_NAME = 'standard-vocabulary.ssc (built-in, read-only)';

/** The files, their tabs and the editor showing the active one. */
export class PlaygroundWorkspace {
    private readonly entries: Entry[] = [];
    private active: Entry | undefined;
    private readonly changeListeners: Array<() => void> = [];

    constructor(
        readonly editor: monaco.editor.IStandaloneCodeEditor,
        private readonly client: LspClient,
        private readonly tabStrip: HTMLElement,
    ) {
        tabStrip.addEventListener('click', event => {
            const target = event.target as HTMLElement;
            const tab = target.closest<HTMLElement>('[data-file]');
            if (!tab) return;
            if (target.closest('.close')) this.remove(tab.dataset.file!);
            else this.show(tab.dataset.file!);
        });
        tabStrip.addEventListener('dblclick', event => {
            const tab = (event.target as HTMLElement).closest<HTMLElement>('[data-file]');
            if (tab && !this.find(tab.dataset.file!)?.readOnly) this.startRename(tab);
        });
        tabStrip.addEventListener('keydown', event => {
            const tab = (event.target as HTMLElement).closest<HTMLElement>('[data-file]');
            if (!tab) return;
            if (event.key === 'F2' && !this.find(tab.dataset.file!)?.readOnly) this.startRename(tab);
            if (event.key === 'Delete') this.remove(tab.dataset.file!);
        });
    }

    /** Called after any edit, addition, removal or rename of a user file. */
    onChange(listener: () => void): void {
        this.changeListeners.push(listener);
    }

    private changed(): void {
        for (const listener of this.changeListeners) listener();
    }

    /** The user's files in tab order (not the built-in library). */
    files(): PlaygroundFile[] {
        return this.entries.filter(e => !e.readOnly).map(e => ({ name: e.name, text: e.model.getValue() }));
    }

    /** The name of the file on screen. */
    activeName(): string | undefined {
        return this.active?.name;
    }

    private find(name: string): Entry | undefined {
        return this.entries.find(e => e.name === name);
    }

    /** The entry of a document URI (a playground file or the built-in library). */
    entryOf(uri: string): Entry | undefined {
        const normal = monaco.Uri.parse(uri).toString();
        return this.entries.find(e => e.model.uri.toString() === normal);
    }

    /** Adds a file (its name made unique) and returns the name it got; `show` makes it the active tab. */
    add(file: PlaygroundFile, show = true): string {
        const name = cleanFileName(file.name, new Set(this.entries.map(e => e.name)));
        const model = monaco.editor.createModel(file.text, LANGUAGE_ID, monaco.Uri.parse(uriOf(name)));
        const entry: Entry = { name, model, readOnly: false };
        this.entries.push(entry);
        this.client.open(model.uri.toString(), model.getValue(), model.getVersionId());
        model.onDidChangeContent(event => {
            this.client.change(
                model.uri.toString(),
                model.getVersionId(),
                event.changes.map(c => ({
                    range: {
                        start: { line: c.range.startLineNumber - 1, character: c.range.startColumn - 1 },
                        end: { line: c.range.endLineNumber - 1, character: c.range.endColumn - 1 },
                    },
                    rangeLength: c.rangeLength,
                    text: c.text,
                })),
            );
            this.changed();
        });
        if (show || !this.active) this.show(name);
        else this.renderTabs();
        this.changed();
        return name;
    }

    /** Replaces all user files with `files` (an example, a share link, the saved work). */
    replaceAll(files: readonly PlaygroundFile[], active?: string): void {
        for (const entry of [...this.entries]) this.dispose(entry);
        this.active = undefined;
        const names = files.map(f => this.add(f, false));
        this.show(active && names.includes(active) ? active : names[0]);
        this.changed();
    }

    private dispose(entry: Entry): void {
        this.entries.splice(this.entries.indexOf(entry), 1);
        if (!entry.readOnly) this.client.remove(entry.model.uri.toString());
        entry.model.dispose();
    }

    /** Removes a file (its text is offered back by the page's undo notice). */
    remove(name: string): PlaygroundFile | undefined {
        const entry = this.find(name);
        if (!entry) return undefined;
        const index = this.entries.indexOf(entry);
        const removed = { name: entry.name, text: entry.model.getValue() };
        this.dispose(entry);
        if (this.active === entry) {
            this.active = undefined;
            const next = this.entries[Math.min(index, this.entries.length - 1)];
            if (next) this.show(next.name);
            else this.editor.setModel(null);
        }
        this.renderTabs();
        if (!entry.readOnly) {
            this.changed();
            this.removedListener?.(removed);
        }
        return removed;
    }

    /** Called with a removed user file, so the page can offer to bring it back. */
    removedListener: ((file: PlaygroundFile) => void) | undefined;

    /** Renames a file: the server sees the old document go and the new one come. */
    rename(from: string, to: string): string {
        const entry = this.find(from);
        if (!entry || entry.readOnly) return from;
        const others = new Set(this.entries.filter(e => e !== entry).map(e => e.name));
        const name = cleanFileName(to, others);
        if (name === from) return from;
        const text = entry.model.getValue();
        const wasActive = this.active === entry;
        const index = this.entries.indexOf(entry);
        this.dispose(entry);
        if (wasActive) this.active = undefined;
        const added = this.add({ name, text }, wasActive);
        // Keep the tab where it was.
        const moved = this.entries.pop()!;
        this.entries.splice(index, 0, moved);
        this.renderTabs();
        return added;
    }

    /** Shows a file (or the built-in library by its URI) in the editor. */
    show(name: string | undefined): void {
        const entry = name === undefined ? undefined : this.find(name);
        if (!entry) return;
        if (this.active && this.active !== entry) this.active.view = this.editor.saveViewState();
        this.active = entry;
        // Read-only first: Monaco decides on quick fixes when the model changes, from the option at that moment.
        this.editor.updateOptions({ readOnly: entry.readOnly });
        this.editor.setModel(entry.model);
        if (entry.view) this.editor.restoreViewState(entry.view);
        this.renderTabs();
    }

    /** Opens a document by URI (a click in the preview or the problems list, go to definition) at a range. */
    reveal(uri: string, range?: monaco.IRange | monaco.IPosition): boolean {
        let entry = this.entryOf(uri);
        if (!entry && monaco.Uri.parse(uri).toString() === monaco.Uri.parse(BUILTIN_URI).toString()) entry = this.openBuiltin();
        if (!entry) {
            const name = nameOf(uri);
            if (name === undefined) return false;
            entry = this.find(name);
            if (!entry) return false;
        }
        this.show(entry.name);
        if (range) {
            if ('startLineNumber' in range) {
                this.editor.setSelection({ ...range, endLineNumber: range.startLineNumber, endColumn: range.startColumn });
                this.editor.revealRangeInCenterIfOutsideViewport(range);
            } else {
                this.editor.setPosition(range);
                this.editor.revealPositionInCenterIfOutsideViewport(range);
            }
        }
        this.editor.focus();
        return true;
    }

    private openBuiltin(): Entry {
        const existing = this.entries.find(e => e.readOnly);
        if (existing) return existing;
        const uri = monaco.Uri.parse(BUILTIN_URI);
        const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(builtinLibraryText(), LANGUAGE_ID, uri);
        const entry: Entry = { name: BUILTIN_NAME, model, readOnly: true };
        this.entries.push(entry);
        return entry;
    }

    private startRename(tab: HTMLElement): void {
        const from = tab.dataset.file!;
        const input = document.createElement('input');
        input.className = 'rename';
        input.value = from.replace(/\.ssc$/, '');
        input.setAttribute('aria-label', `New name for ${from}`);
        tab.replaceChildren(input);
        input.focus();
        input.select();
        let done = false;
        const finish = (commit: boolean) => {
            if (done) return;
            done = true;
            if (commit && input.value.trim()) this.rename(from, input.value.trim());
            else this.renderTabs();
        };
        input.addEventListener('keydown', event => {
            if (event.key === 'Enter') finish(true);
            if (event.key === 'Escape') finish(false);
            event.stopPropagation();
        });
        input.addEventListener('blur', () => finish(true));
    }

    /** Draws the tab strip. */
    renderTabs(): void {
        this.tabStrip.replaceChildren(
            ...this.entries.map(entry => {
                const tab = document.createElement('div');
                tab.className = 'tab' + (entry === this.active ? ' active' : '') + (entry.readOnly ? ' read-only' : '');
                tab.setAttribute('role', 'tab');
                tab.setAttribute('aria-selected', String(entry === this.active));
                tab.tabIndex = 0;
                tab.dataset.file = entry.name;
                tab.title = entry.readOnly
                    ? 'The standard vocabulary of Supplement 34, built in'
                    : `${entry.name} — double-click or F2 to rename`;
                const label = document.createElement('span');
                label.className = 'name';
                label.textContent = entry.name;
                const close = document.createElement('button');
                close.type = 'button';
                close.className = 'close';
                close.title = entry.readOnly ? 'Close' : `Close and remove ${entry.name}`;
                close.setAttribute('aria-label', close.title);
                close.textContent = '×';
                tab.append(label, close);
                return tab;
            }),
        );
    }
}
