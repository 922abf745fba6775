/**
 * The live preview beside the editor: the extension's preview script in a same-origin frame,
 * fed with the language server's `ssc/preview` payload after every build (debounced), exactly as
 * the VS Code preview is. Clicks come back as `reveal` messages, export buttons as `export`.
 */
import { revealTarget, type RevealTarget } from '../client/preview/reveal.js';
import {
    ExportRequest,
    ModelChangedNotification,
    PreviewRequest,
    type ExportParams,
    type ExportResult,
    type PreviewPayload,
} from '../protocol/server-messages.js';
import { isFromWebview, type DiagramViewId, type FromWebview, type ToWebview, type ViewId } from '../protocol/webview-messages.js';
import type { LspClient } from './lsp-client.js';

const REFRESH_DELAY_MS = 200,
    MAX_REFRESH_DELAY_MS = 1500;

/** Connects the preview frame to the language server. */
export class PreviewHost {
    private payload: PreviewPayload | undefined;
    private ready = false;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    /** How long the last views took to arrive (ms). */
    private lastDuration = 0;
    /** The view on screen (for the SVG download). */
    view: ViewId = 'grid';
    /** Opens a declaration the preview asked for. */
    onReveal: ((target: RevealTarget) => void) | undefined;
    /** Receives the files of an export the preview asked for. */
    onExport: ((result: ExportResult, format: ExportParams['format']) => void) | undefined;
    /** Receives errors to show on the page. */
    onError: ((message: string) => void) | undefined;

    constructor(
        private readonly frame: HTMLIFrameElement,
        private readonly client: LspClient,
        private readonly source: () => string,
    ) {
        window.addEventListener('message', event => {
            if (event.source !== frame.contentWindow || event.origin !== window.location.origin || !isFromWebview(event.data)) return;
            void this.receive(event.data);
        });
        client.connection.onNotification(ModelChangedNotification.type, () => this.refresh());
        // Loaded only now, so its `ready` message cannot come before this host listens.
        frame.src = 'preview.html';
    }

    /**
     * Asks for new views soon (builds come in bursts while typing). The wait grows with the time the
     * last views took, up to {@link MAX_REFRESH_DELAY_MS}: the worker that computes them also answers
     * the editor, and a large model's views started between two keystrokes only delay the next diagnostics.
     */
    refresh(): void {
        clearTimeout(this.timer);
        const delay = Math.max(REFRESH_DELAY_MS, Math.min(MAX_REFRESH_DELAY_MS, this.lastDuration));
        this.timer = setTimeout(() => void this.update(), delay);
    }

    private async update(): Promise<void> {
        if (!this.ready) return;
        const generation = ++this.generation;
        const started = performance.now();
        try {
            const payload = await this.client.connection.sendRequest(PreviewRequest.type, { uri: this.source() });
            this.lastDuration = performance.now() - started;
            if (generation !== this.generation) return;
            this.payload = payload;
            this.post({ type: 'update', source: decodeURIComponent(this.source().split('/').pop() ?? ''), payload });
        } catch (error) {
            // Abandoned because the text changed: the build of the new text brings a refresh; keep the views shown.
            // Views that took longer than the pause between two keystrokes wait for a longer pause next time
            // (without this, a big model's views were started, and abandoned, after every keystroke).
            if (PreviewRequest.isStale(error)) {
                this.lastDuration = Math.max(this.lastDuration, 2 * (performance.now() - started));
                return;
            }
            if (generation === this.generation)
                this.post({ type: 'error', message: `The preview could not be computed: ${(error as Error).message}` });
        }
    }

    /** Asks the language server for an export of the current model. */
    async export(format: ExportParams['format'], view?: ViewId | DiagramViewId): Promise<void> {
        try {
            const params: ExportParams = {
                uri: this.source(),
                format,
                view: format === 'svg' ? ((view ?? this.view) as ExportParams['view']) : undefined,
            };
            const result = await this.client.connection.sendRequest(ExportRequest.type, params);
            this.onExport?.(result, format);
        } catch (error) {
            this.onError?.(`The export could not be made: ${(error as Error).message}`);
        }
    }

    private post(message: ToWebview): void {
        this.frame.contentWindow?.postMessage(message, window.location.origin);
    }

    private async receive(message: FromWebview): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                await this.update();
                break;
            case 'view':
                this.view = message.view;
                break;
            case 'reveal': {
                const target = revealTarget(this.payload, message.ref);
                if (target) this.onReveal?.(target);
                break;
            }
            case 'export':
                await this.export(message.format, message.view);
                break;
        }
    }
}
