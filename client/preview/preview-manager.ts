import {
    Range,
    Selection,
    TextEditorRevealType,
    Uri,
    ViewColumn,
    window,
    workspace,
    type Disposable,
    type ExtensionContext,
    type TextEditor,
    type WebviewPanel,
} from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { debounce } from './debounce.js';
import { previewShell } from './preview-html.js';
import { ModelChangedNotification, PreviewRequest } from '../../protocol/server-messages.js';
import { isFromWebview, type FromWebview, type PreviewPayload, type ToWebview, type ViewId } from '../../protocol/webview-messages.js';
import { revealColumn, revealTarget } from './reveal.js';

/** The webview panel type, also used by the serializer and `activeWebviewPanelId`. */
export const PREVIEW_VIEW_TYPE = 'sscPreview';

/** Refresh delay after the last change, so typing does not trigger a layout per key. */
const REFRESH_DELAY_MS = 250;

/**
 * The live preview: one webview panel that follows the active `.ssc` editor, asks the language
 * server for the rendered views after each build, and reveals declarations on click. Like the
 * Markdown preview, a second "open" moves or reveals the same panel.
 */
export class PreviewManager implements Disposable {
    private panel: WebviewPanel | undefined;
    private source: Uri | undefined;
    private sourceColumn: ViewColumn | undefined;
    private payload: PreviewPayload | undefined;
    private generation = 0;
    private readonly disposables: Disposable[] = [];
    private readonly refresh = debounce(() => void this.update(), REFRESH_DELAY_MS);
    /** The width the webview reported for its drawings; they are laid out for it. */
    private width: number | undefined;
    /** The view on screen, for the export commands. */
    currentView: ViewId = 'grid';
    /** Called for export buttons in the preview. */
    onExport: ((message: Extract<FromWebview, { type: 'export' }>) => void) | undefined;

    constructor(
        private readonly context: ExtensionContext,
        private readonly client: LanguageClient,
    ) {
        this.disposables.push(
            window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
            workspace.onDidChangeTextDocument(event => {
                if (this.panel && event.document.languageId === 'ssc') this.refresh();
            }),
            client.onNotification(ModelChangedNotification.type, () => {
                if (this.panel) this.refresh();
            }),
        );
    }

    /** The document the preview follows (for exports without an editor). */
    get sourceUri(): Uri | undefined {
        return this.source ?? window.activeTextEditor?.document.uri;
    }

    /** Opens the preview for `uri` (or the active editor), beside it or in its place. */
    show(uri: Uri | undefined, toSide: boolean): void {
        const editor = window.activeTextEditor;
        this.source = uri ?? (editor?.document.languageId === 'ssc' ? editor.document.uri : this.source);
        this.sourceColumn = editor?.viewColumn ?? ViewColumn.One;
        const column = toSide ? ViewColumn.Beside : this.sourceColumn;
        if (this.panel) {
            this.panel.reveal(column, toSide);
        } else {
            this.attach(
                window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'SSC Preview', { viewColumn: column, preserveFocus: toSide }, this.options()),
            );
        }
        void this.update();
    }

    /** Takes over a panel VS Code restored after a reload. */
    restore(panel: WebviewPanel, state: { source?: string } | undefined): void {
        panel.webview.options = this.options();
        if (state?.source) this.source = Uri.parse(state.source);
        this.attach(panel);
        void this.update();
    }

    private options() {
        return {
            enableScripts: true,
            retainContextWhenHidden: true,
            localResourceRoots: [Uri.joinPath(this.context.extensionUri, 'dist', 'preview')],
        };
    }

    private attach(panel: WebviewPanel): void {
        this.panel = panel;
        panel.iconPath = Uri.joinPath(this.context.extensionUri, 'media', 'preview.svg');
        panel.webview.html = previewShell({
            nonce: btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))),
            cspSource: panel.webview.cspSource,
            scriptUri: panel.webview.asWebviewUri(Uri.joinPath(this.context.extensionUri, 'dist', 'preview', 'preview.js')).toString(),
        });
        panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message), undefined, this.disposables);
        panel.onDidDispose(
            () => {
                this.panel = undefined;
                this.payload = undefined;
                this.refresh.cancel();
            },
            undefined,
            this.disposables,
        );
    }

    private follow(editor: TextEditor | undefined): void {
        if (!this.panel || editor?.document.languageId !== 'ssc') return;
        if (editor.document.uri.toString() === this.source?.toString()) return;
        this.source = editor.document.uri;
        this.sourceColumn = editor.viewColumn;
        this.refresh();
    }

    private async update(): Promise<void> {
        const panel = this.panel;
        if (!panel || !this.source) return;
        const generation = ++this.generation;
        try {
            const payload = await this.client.sendRequest(PreviewRequest.type, { uri: this.source.toString(), width: this.width });
            if (generation !== this.generation || this.panel !== panel) return; // a newer update is under way
            this.payload = payload;
            panel.title = `Preview: ${payload.title}`;
            this.post({ type: 'update', source: this.source.path.split('/').pop() ?? '', payload });
        } catch (error) {
            // Abandoned because the text changed: the build of the new text brings a refresh; keep the views shown.
            if (PreviewRequest.isStale(error)) return;
            if (generation === this.generation)
                this.post({ type: 'error', message: `The preview could not be computed: ${(error as Error).message}` });
        }
    }

    private post(message: ToWebview): void {
        void this.panel?.webview.postMessage(message);
    }

    private receive(message: unknown): void {
        if (!isFromWebview(message)) return;
        switch (message.type) {
            case 'ready':
                void this.update();
                break;
            case 'layout':
                // The pane was resized: lay the drawings out again for its width.
                if (message.width !== this.width) {
                    this.width = message.width;
                    this.refresh();
                }
                break;
            case 'view':
                this.currentView = message.view;
                break;
            case 'reveal':
                void this.reveal(message.ref);
                break;
            case 'export':
                this.onExport?.(message);
                break;
        }
    }

    private async reveal(ref: string): Promise<void> {
        const target = revealTarget(this.payload, ref);
        if (!target) return;
        const editors = window.visibleTextEditors.map(e => ({ uri: e.document.uri.toString(), column: e.viewColumn }));
        const column = revealColumn(editors, target.uri, this.panel?.viewColumn, this.sourceColumn);
        const document = await workspace.openTextDocument(Uri.parse(target.uri));
        const line = Math.min(target.line, document.lineCount - 1);
        const editor = await window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        const start = document.lineAt(line).firstNonWhitespaceCharacterIndex;
        editor.selection = new Selection(line, start, line, start);
        editor.revealRange(new Range(line, 0, line, 0), TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        this.refresh.cancel();
        this.panel?.dispose();
        for (const d of this.disposables) d.dispose();
    }
}
