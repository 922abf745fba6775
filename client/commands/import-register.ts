import * as path from 'node:path';
import { commands, Uri, window, workspace, type Disposable, type OutputChannel } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ImportRegisterRequest, type ImportRegisterResult } from '../../protocol/server-messages.js';
import { freeFileName } from './free-name.js';

/** A name for the new model beside the others that replaces nothing: `register.ssc`, else `register-2.ssc`, … */
async function freeTarget(folder: Uri, stem: string): Promise<Uri> {
    const name = await freeFileName(stem, '.ssc', candidate =>
        Promise.resolve(
            workspace.fs.stat(Uri.joinPath(folder, candidate)).then(
                () => true,
                () => false,
            ),
        ),
    );
    return Uri.joinPath(folder, name);
}

/** The folder the new model goes to: that of the workspace holding the active model, else the first workspace folder, else the spreadsheet's. */
function targetFolder(spreadsheet: Uri): Uri {
    const active = window.activeTextEditor?.document.uri;
    const folder = (active && workspace.getWorkspaceFolder(active)) ?? workspace.workspaceFolders?.[0];
    return folder?.uri ?? Uri.file(path.dirname(spreadsheet.fsPath));
}

/**
 * `ssc.importRegister` (*SSC: Import stakeholder register…*): picks an `.xlsx` or CSV register, has
 * the language server import it (as `ssc import` does), shows the report in the *SSC Import* output
 * channel and opens the new `.ssc` beside the workspace's files, never replacing one.
 */
export function registerImportRegister(client: LanguageClient): Disposable[] {
    let channel: OutputChannel | undefined;
    const command = commands.registerCommand('ssc.importRegister', async (given?: unknown) => {
        const picked =
            given instanceof Uri
                ? [given]
                : await window.showOpenDialog({
                      canSelectMany: false,
                      openLabel: 'Import register',
                      title: 'Import a stakeholder register',
                      filters: { Spreadsheets: ['xlsx', 'csv'], 'All files': ['*'] },
                  });
        const source = picked?.[0];
        if (!source) return;
        const name = path.basename(source.fsPath);
        channel ??= window.createOutputChannel('SSC Import');
        let result: ImportRegisterResult;
        try {
            const data = Buffer.from(await workspace.fs.readFile(source)).toString('base64');
            result = await client.sendRequest(ImportRegisterRequest.type, { name, data });
        } catch (error) {
            result = { ok: false, error: `${name}: ${(error as Error).message}` };
        }
        if (!result.ok) {
            channel.appendLine(`ssc import: ${result.error}`);
            void window.showErrorMessage(`Could not import the register: ${result.error}`);
            return;
        }
        const target = await freeTarget(targetFolder(source), path.basename(name, path.extname(name)));
        await workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
        channel.append(result.report);
        channel.appendLine(`ssc: wrote ${target.fsPath}`);
        channel.show(true);
        await window.showTextDocument(target, { preview: false });
        const summary =
            `Imported ${result.imported} stakeholder${result.imported === 1 ? '' : 's'} into ${path.basename(target.fsPath)}` +
            (result.skipped > 0 ? `; ${result.skipped} row${result.skipped === 1 ? '' : 's'} skipped (see the report).` : '.');
        void (result.skipped > 0 ? window.showWarningMessage(summary) : window.showInformationMessage(summary));
    });
    return [command, { dispose: () => channel?.dispose() }];
}
