import { Uri, commands, type Disposable } from 'vscode';
import type { PreviewManager } from '../preview/preview-manager.js';

/** Turns a command argument (a URI from the code lens or the explorer, or a URI string) into a URI. */
export function toUri(arg: unknown): Uri | undefined {
    if (arg instanceof Uri) return arg;
    if (typeof arg === 'string' && arg.length > 0) return Uri.parse(arg);
    return undefined;
}

/** `ssc.openPreview`: the preview in the current column, for the given document or the active one. */
export function registerOpenPreview(preview: PreviewManager): Disposable {
    return commands.registerCommand('ssc.openPreview', (uri?: unknown) => preview.show(toUri(uri), false));
}
