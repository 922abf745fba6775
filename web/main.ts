/**
 * The playground page: Monaco editors over the language server in a Web Worker, the problems
 * list, the live preview, and keeping and sharing the work. Nothing leaves the browser.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import 'monaco-editor/esm/vs/editor/edcore.main.js';
import { download, mimeOf, zipOf } from './downloads.js';
import { EXAMPLES } from './examples.js';
import { cleanFileName, type PlaygroundFile } from './file-names.js';
import { LspClient } from './lsp-client.js';
import { setUpLanguage } from './monaco-setup.js';
import { registerProviders } from './monaco-providers.js';
import { PreviewHost } from './preview-host.js';
import { problemRows, renderProblems } from './problems.js';
import { keepPrevious, loadPrevious, loadWork, sameFiles, saveWork, type SavedWork } from './saved-work.js';
import { decodeShare, encodeShare, ShareLinkError } from './share.js';
import { toMarker } from './monaco-convert.js';
import { PlaygroundWorkspace } from './workspace.js';
import { showNotice } from './notice.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** Largest file opened from disk; bigger ones are refused with a message. */
const MAX_OPEN_BYTES = 5_000_000;

async function main(): Promise<void> {
    setUpLanguage();
    const worker = new Worker('server-worker.js', { name: 'ssc-language-server' });
    const client = new LspClient(worker);
    worker.addEventListener('error', event =>
        showNotice(`The language server stopped: ${event.message}. Reload the page; your work is kept.`, 'error'),
    );
    await client.start();
    registerProviders(client);

    const editor = monaco.editor.create(byId('editor'), {
        theme: 'ssc-light',
        automaticLayout: true,
        fontSize: 14,
        minimap: { enabled: false },
        tabSize: 4,
        insertSpaces: true,
        renderWhitespace: 'none',
        fixedOverflowWidgets: true,
        'semanticHighlighting.enabled': false,
        lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    });
    const workspace = new PlaygroundWorkspace(editor, client, byId('tabs'));
    (window as unknown as { __ssc: unknown }).__ssc = { monaco, editor, workspace, client }; // for tests and the curious

    monaco.editor.registerEditorOpener({
        openCodeEditor(_source, resource, selection) {
            return workspace.reveal(resource.toString(), selection);
        },
    });

    // Diagnostics: squiggles on the model, rows in the problems list.
    const problemsBody = byId('problems-body');
    // Only files still in the playground: a late report on a removed file is dropped.
    const renderAll = () =>
        renderProblems(
            problemRows(client.allDiagnostics(), uri => workspace.entryOf(uri)?.name),
            problemsBody,
            byId('problem-counts'),
        );
    let problemsTimer: ReturnType<typeof setTimeout> | undefined;
    client.onDiagnostics(uri => {
        const model = monaco.editor.getModel(monaco.Uri.parse(uri));
        if (model) monaco.editor.setModelMarkers(model, 'ssc', client.diagnosticsOf(uri).map(toMarker));
        clearTimeout(problemsTimer);
        problemsTimer = setTimeout(renderAll, 30);
    });
    const jump = (row: HTMLElement | null) => {
        if (!row?.dataset.uri) return;
        workspace.reveal(row.dataset.uri, { lineNumber: Number(row.dataset.line), column: Number(row.dataset.column) });
    };
    problemsBody.addEventListener('click', event => jump((event.target as HTMLElement).closest('tr')));
    problemsBody.addEventListener('keydown', event => {
        if (event.key === 'Enter') jump((event.target as HTMLElement).closest('tr'));
    });

    // The preview follows the file on screen.
    const preview = new PreviewHost(byId<HTMLIFrameElement>('preview'), client, () => editor.getModel()?.uri.toString() ?? '');
    preview.onReveal = target => workspace.reveal(target.uri, { lineNumber: target.line + 1, column: 1 });
    preview.onError = message => showNotice(message, 'error');
    preview.onExport = (result, format) => {
        if (result.files.length === 1) download(result.files[0].name, result.files[0].content, mimeOf(result.files[0].name));
        else download(`ssc-${format}.zip`, zipOf(result.files), 'application/zip');
    };

    // Keep the work: saved after each change.
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const current = (): SavedWork => ({ files: workspace.files(), active: workspace.activeName() });
    const save = () => {
        clearTimeout(saveTimer);
        const problem = saveWork(current());
        if (problem) showNotice(problem, 'error');
    };
    workspace.onChange(() => {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(save, 300);
    });
    window.addEventListener('pagehide', save);
    editor.onDidChangeModel(() => {
        preview.refresh();
        clearTimeout(saveTimer);
        saveTimer = setTimeout(save, 300);
    });

    /** Replaces the work, setting the old one aside with a way back. */
    const replaceWork = (work: SavedWork, what: string, before: SavedWork = current()) => {
        const kept = before.files.length > 0 && !sameFiles(before.files, work.files);
        if (kept) keepPrevious(before);
        workspace.replaceAll(work.files, work.active);
        save();
        if (kept) {
            showNotice(`${what} Your previous files are kept.`, 'info', { label: 'Bring them back', run: restorePrevious });
        } else {
            showNotice(what, 'info');
        }
    };
    const restorePrevious = () => {
        const previous = loadPrevious();
        if (previous) replaceWork(previous, 'Your previous files are back.');
    };
    workspace.removedListener = file => {
        showNotice(`Removed ${file.name}.`, 'info', { label: 'Undo', run: () => workspace.add(file) });
    };

    // New file, Open…, drag and drop, examples.
    byId('new-file').addEventListener('click', () => {
        workspace.add({ name: 'untitled.ssc', text: '' });
        editor.focus();
    });
    const openFiles = async (list: FileList | readonly File[]) => {
        const files = [...list];
        const refused: string[] = [];
        let opened = 0;
        for (const file of files) {
            if (!/\.ssc$/i.test(file.name)) {
                refused.push(`${file.name} is not a .ssc file`);
                continue;
            }
            if (file.size > MAX_OPEN_BYTES) {
                refused.push(`${file.name} is larger than ${MAX_OPEN_BYTES / 1_000_000} MB`);
                continue;
            }
            const text = await file.text();
            if (text.includes('\u0000')) {
                refused.push(`${file.name} is not a text file`);
                continue;
            }
            workspace.add({ name: file.name, text }, opened === 0);
            opened++;
        }
        if (refused.length > 0) showNotice(`Not opened: ${refused.join('; ')}.`, 'error');
        else if (opened > 0) showNotice(`Opened ${opened} file${opened === 1 ? '' : 's'}.`, 'info');
    };
    const input = byId<HTMLInputElement>('open-input');
    input.addEventListener('change', () => {
        if (input.files)
            void openFiles(input.files).then(() => {
                input.value = '';
            });
    });
    document.addEventListener('dragover', event => {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        document.body.classList.add('dropping');
    });
    document.addEventListener('dragleave', event => {
        if (event.relatedTarget === null) document.body.classList.remove('dropping');
    });
    document.addEventListener('drop', event => {
        document.body.classList.remove('dropping');
        if (!event.dataTransfer?.files.length) return;
        event.preventDefault();
        void openFiles(event.dataTransfer.files);
    });
    const examples = byId<HTMLSelectElement>('examples');
    for (const example of EXAMPLES) {
        const option = document.createElement('option');
        option.value = example.id;
        option.textContent = example.title;
        examples.append(option);
    }
    examples.addEventListener('change', () => {
        const example = EXAMPLES.find(e => e.id === examples.value);
        examples.value = '';
        if (example)
            replaceWork(
                { files: example.files, active: example.files[example.files.length > 1 ? 1 : 0].name },
                `Opened the example “${example.title}”.`,
            );
    });

    // Downloads and the share link.
    byId('download-file').addEventListener('click', () => {
        const name = workspace.activeName();
        const file = workspace.files().find(f => f.name === name);
        if (file) download(file.name, file.text, 'text/plain;charset=utf-8');
    });
    byId('download-zip').addEventListener('click', () => {
        download('ssc-model.zip', zipOf(workspace.files().map(f => ({ name: f.name, content: f.text }))), 'application/zip');
    });
    byId('download-report').addEventListener('click', () => void preview.export('html'));
    byId('download-svg').addEventListener('click', () => void preview.export('svg'));
    byId('share').addEventListener('click', () => {
        try {
            const fragment = encodeShare(current());
            const url = `${location.origin}${location.pathname}#${fragment}`;
            const field = byId<HTMLInputElement>('share-url');
            field.value = url;
            byId('share-box').hidden = false;
            field.select();
            void navigator.clipboard?.writeText(url).then(
                () => showNotice('The share link is copied. It holds the whole model; nothing is uploaded.', 'info'),
                () => undefined,
            );
        } catch (error) {
            showNotice(error instanceof ShareLinkError ? error.message : String(error), 'error');
        }
    });
    byId('share-close').addEventListener('click', () => {
        byId('share-box').hidden = true;
    });

    // What to show first: a share link, then paths given to `ssc playground`, then the saved work, then an example.
    const openShared = (): boolean => {
        const hash = location.hash;
        if (!hash) return false;
        history.replaceState(null, '', location.pathname + location.search);
        try {
            const shared = decodeShare(hash);
            if (!shared) return false;
            replaceWork(
                shared,
                `Opened a shared model (${shared.files.length} file${shared.files.length === 1 ? '' : 's'}).`,
                loadWork() ?? { files: [] },
            );
            return true;
        } catch (error) {
            showNotice(error instanceof ShareLinkError ? error.message : 'This share link could not be opened.', 'error');
            return false;
        }
    };
    const openGiven = async (): Promise<boolean> => {
        if (!new URLSearchParams(location.search).has('open')) return false;
        history.replaceState(null, '', location.pathname);
        try {
            const response = await fetch('files.json', { cache: 'no-store' });
            const data = (await response.json()) as { files?: PlaygroundFile[] };
            const files = (data.files ?? []).filter(f => typeof f?.name === 'string' && typeof f?.text === 'string');
            if (files.length === 0) return false;
            const taken = new Set<string>();
            const named = files.map(f => {
                const name = cleanFileName(f.name, taken);
                taken.add(name);
                return { name, text: f.text };
            });
            replaceWork(
                { files: named },
                `Opened ${named.length} file${named.length === 1 ? '' : 's'} given to ssc playground.`,
                loadWork() ?? { files: [] },
            );
            return true;
        } catch {
            showNotice('The files given to ssc playground could not be read.', 'error');
            return false;
        }
    };
    if (!openShared() && !(await openGiven())) {
        const saved = loadWork();
        if (saved) workspace.replaceAll(saved.files, saved.active);
        else {
            const first = EXAMPLES.find(e => e.id === 'first-model') ?? EXAMPLES[0];
            if (first) workspace.replaceAll(first.files);
        }
    }
    window.addEventListener('hashchange', () => {
        if (location.hash) openShared();
    });
    document.body.dataset.ready = 'true';
}

main().catch(error => showNotice(`The playground could not start: ${(error as Error).message}`, 'error'));
