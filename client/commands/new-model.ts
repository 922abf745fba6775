import { commands, Uri, window, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { StarterModelRequest } from '../../protocol/server-messages.js';

/** A file name not taken yet in `folder`: `stakeholders.ssc`, then `stakeholders-2.ssc`… (never overwrite). */
async function freeName(folder: Uri, base: string): Promise<Uri> {
    for (let n = 1; ; n++) {
        const candidate = Uri.joinPath(folder, n === 1 ? `${base}.ssc` : `${base}-${n}.ssc`);
        try {
            await workspace.fs.stat(candidate);
        } catch {
            return candidate;
        }
    }
}

/**
 * `ssc.newModel` "SSC: New stakeholder model": the starter model of `ssc init` (a programme and one
 * skeleton stakeholder per standard group) in a new file of the workspace, never replacing a file.
 */
export function registerNewModel(client: LanguageClient): Disposable {
    return commands.registerCommand('ssc.newModel', async () => {
        const city = await window.showInputBox({
            prompt: 'Which city is the programme for?',
            placeHolder: 'My City',
            ignoreFocusOut: true,
        });
        if (city === undefined) return;
        const text = await client.sendRequest(StarterModelRequest.type, { city });
        const folder = workspace.workspaceFolders?.[0]?.uri;
        if (!folder) {
            // No folder open: an untitled document the user saves where they like.
            await window.showTextDocument(await workspace.openTextDocument({ language: 'ssc', content: text }));
            return;
        }
        const target = await freeName(folder, 'stakeholders');
        await workspace.fs.writeFile(target, new TextEncoder().encode(text));
        await window.showTextDocument(target);
    });
}
