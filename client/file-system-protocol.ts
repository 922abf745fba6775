/**
 * The file system the language server borrows from its client when it runs in a browser worker
 * (VS Code for the Web): two requests the client answers with `vscode.workspace.fs`. Plain types
 * only, so the worker and the web extension both import this file.
 */

/** Request `ssc/fs/readDirectory`: the entries of a folder. */
export const READ_DIRECTORY_REQUEST = 'ssc/fs/readDirectory';
/** Request `ssc/fs/readFile`: the text of a file (UTF-8). */
export const READ_FILE_REQUEST = 'ssc/fs/readFile';
/** Request `ssc/fs/stat`: whether a URI is a file, a folder, or missing. */
export const STAT_REQUEST = 'ssc/fs/stat';

/** Parameters of every file system request. */
export interface FsParams { uri: string }
/** One folder entry. */
export interface FsEntry { uri: string; isFile: boolean; isDirectory: boolean }
/** Result of {@link READ_DIRECTORY_REQUEST}. */
export interface ReadDirectoryResult { entries: FsEntry[] }
/** Result of {@link READ_FILE_REQUEST}: `text` is undefined when the file cannot be read. */
export interface ReadFileResult { text?: string; error?: string }
/** Result of {@link STAT_REQUEST}: undefined entry when nothing is there. */
export interface StatResult { entry?: FsEntry }
