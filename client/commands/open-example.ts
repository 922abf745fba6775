import { commands, Uri, window, workspace, type Disposable, type ExtensionContext } from 'vscode';

/**
 * `ssc.openExample` "SSC: Open example": copies a bundled example (`examples/` of the extension)
 * into a folder the user picks and opens it. Files already there are never replaced: the copy goes
 * into a new sub-folder named after the example (`valencia`, `valencia-2`…).
 */
export function registerOpenExample(context: ExtensionContext): Disposable {
    return commands.registerCommand('ssc.openExample', async (name?: unknown) => {
        const root = Uri.joinPath(context.extensionUri, 'examples');
        const examples = (await workspace.fs.readDirectory(root))
            .filter(([, type]) => type === 2)
            .map(([n]) => n)
            .sort();
        const example =
            typeof name === 'string' && examples.includes(name)
                ? name
                : await window.showQuickPick(examples, { placeHolder: 'Which example model?' });
        if (!example) return;
        const picked = await window.showOpenDialog({
            canSelectFolders: true,
            canSelectFiles: false,
            canSelectMany: false,
            openLabel: 'Copy the example here',
            defaultUri: workspace.workspaceFolders?.[0]?.uri,
        });
        if (!picked?.[0]) return;
        let target = Uri.joinPath(picked[0], example);
        for (let n = 2; await exists(target); n++) target = Uri.joinPath(picked[0], `${example}-${n}`);
        await workspace.fs.copy(Uri.joinPath(root, example), target, { overwrite: false });
        const files = (await workspace.fs.readDirectory(target))
            .filter(([f]) => f.endsWith('.ssc'))
            .map(([f]) => f)
            .sort();
        const inWorkspace = workspace.getWorkspaceFolder(target) !== undefined;
        if (!inWorkspace) {
            const answer = await window.showInformationMessage(`Copied the ${example} example to ${target.fsPath}.`, 'Open Folder');
            if (answer === 'Open Folder') await commands.executeCommand('vscode.openFolder', target, { forceNewWindow: false });
            return;
        }
        if (files[0]) await window.showTextDocument(Uri.joinPath(target, files[0]));
    });
}

async function exists(uri: Uri): Promise<boolean> {
    try {
        await workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
