import { FileType, Uri, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    ReadDirectoryRequest,
    ReadFileRequest,
    StatRequest,
    type ReadDirectoryResult,
    type ReadFileResult,
    type StatResult,
} from '../protocol/file-system-messages.js';

/** Largest file handed to the language server (bytes). */
const MAX_FILE_BYTES = 20_000_000;

/** Only files of the open workspace folders are served: the server has no business elsewhere. */
function inWorkspace(uri: Uri): boolean {
    return workspace.getWorkspaceFolder(uri) !== undefined;
}

/**
 * Answers the language server's `ssc/fs/*` requests with VS Code's file system API, so a server in a
 * browser worker (VS Code for the Web) finds every `.ssc` file of the workspace, open or not, and
 * the `.sscrc.json`, on any file system the workbench has (GitHub repositories, memory, local).
 */
export function serveFileSystem(client: BaseLanguageClient): Disposable[] {
    return [
        client.onRequest(ReadDirectoryRequest.type, async (params): Promise<ReadDirectoryResult> => {
            const folder = Uri.parse(params.uri);
            if (!inWorkspace(folder)) return { entries: [] };
            try {
                const entries = await workspace.fs.readDirectory(folder);
                return {
                    entries: entries.map(([name, type]) => ({
                        uri: Uri.joinPath(folder, name).toString(),
                        isFile: (type & FileType.File) !== 0,
                        isDirectory: (type & FileType.Directory) !== 0,
                    })),
                };
            } catch {
                return { entries: [] };
            }
        }),
        client.onRequest(ReadFileRequest.type, async (params): Promise<ReadFileResult> => {
            const file = Uri.parse(params.uri);
            if (!inWorkspace(file)) return { error: 'outside the workspace' };
            try {
                const stat = await workspace.fs.stat(file);
                if (stat.size > MAX_FILE_BYTES) return { error: `larger than ${MAX_FILE_BYTES / 1_000_000} MB` };
                return { text: new TextDecoder('utf-8').decode(await workspace.fs.readFile(file)) };
            } catch (error) {
                return { error: (error as Error).message };
            }
        }),
        client.onRequest(StatRequest.type, async (params): Promise<StatResult> => {
            const uri = Uri.parse(params.uri);
            if (!inWorkspace(uri)) return {};
            try {
                const stat = await workspace.fs.stat(uri);
                return {
                    entry: {
                        uri: uri.toString(),
                        isFile: (stat.type & FileType.File) !== 0,
                        isDirectory: (stat.type & FileType.Directory) !== 0,
                    },
                };
            } catch {
                return {};
            }
        }),
    ];
}
