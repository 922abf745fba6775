import { commands, window, type Disposable } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { exportReport } from '../preview/exporter.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import type { DiagramViewId } from '../../protocol/webview-messages.js';
import { toUri } from './open-preview.js';

const DIAGRAMS: Array<{ label: string; view: DiagramViewId }> = [
    { label: 'Power/interest grid', view: 'grid' },
    { label: 'Interaction map', view: 'map' },
    { label: 'Onion', view: 'onion' },
    { label: 'Classification', view: 'classification' },
    { label: 'Plan by stakeholder', view: 'plan' },
    { label: 'Plan by owner', view: 'plan-owner' },
    { label: 'Salience', view: 'salience' },
    { label: 'Power/interest grid with trajectories', view: 'trajectories' },
];

/** `ssc.exportViewSvg`: the drawing on screen in the preview (or one picked from a list) as SVG. */
export function registerExportViewSvg(client: LanguageClient, preview: PreviewManager): Disposable {
    return commands.registerCommand('ssc.exportViewSvg', async (uri?: unknown, view?: unknown) => {
        let chosen = DIAGRAMS.find(d => d.view === (typeof view === 'string' ? view : preview.currentView))?.view;
        if (!chosen) chosen = (await window.showQuickPick(DIAGRAMS, { placeHolder: 'Which drawing?' }))?.view;
        if (chosen) await exportReport(client, toUri(uri) ?? preview.sourceUri, 'svg', chosen);
    });
}
