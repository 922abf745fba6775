/**
 * The file system the language server borrows from its client when it runs in a browser worker
 * (VS Code for the Web): requests the client answers with `vscode.workspace.fs`. Typed once, so the
 * worker and the web extension are checked against each other.
 */
import { RequestType } from 'vscode-languageserver-protocol';

/** Parameters of every file system request: the URI asked about. */
export interface FsParams {
    uri: string;
}
/** One folder entry. */
export interface FsEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}
/** Result of {@link ReadDirectoryRequest}. */
export interface ReadDirectoryResult {
    entries: FsEntry[];
}
/** Result of {@link ReadFileRequest}: `text` is missing when the file cannot be read, with `error` saying why. */
export interface ReadFileResult {
    text?: string;
    error?: string;
}
/** Result of {@link StatRequest}: no entry when nothing is there. */
export interface StatResult {
    entry?: FsEntry;
}

/** Request `ssc/fs/readDirectory`: the entries of a folder of the workspace. */
export namespace ReadDirectoryRequest {
    export const method = 'ssc/fs/readDirectory' as const;
    export const type = new RequestType<FsParams, ReadDirectoryResult, void>(method);
}

/** Request `ssc/fs/readFile`: the text (UTF-8) of a file of the workspace. */
export namespace ReadFileRequest {
    export const method = 'ssc/fs/readFile' as const;
    export const type = new RequestType<FsParams, ReadFileResult, void>(method);
}

/** Request `ssc/fs/stat`: whether a URI of the workspace is a file, a folder, or missing. */
export namespace StatRequest {
    export const method = 'ssc/fs/stat' as const;
    export const type = new RequestType<FsParams, StatResult, void>(method);
}
