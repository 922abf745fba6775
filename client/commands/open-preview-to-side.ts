import { commands, type Disposable } from 'vscode';
import type { PreviewManager } from '../preview/preview-manager.js';
import { toUri } from './open-preview.js';

/** `ssc.openPreviewToSide`: the preview beside the editor, keeping the focus in the editor. */
export function registerOpenPreviewToSide(preview: PreviewManager): Disposable {
    return commands.registerCommand('ssc.openPreviewToSide', (uri?: unknown) => preview.show(toUri(uri), true));
}
