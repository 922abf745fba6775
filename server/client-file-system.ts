import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest, type FsEntry } from '../protocol/file-system-messages.js';

function node(entry: FsEntry): FileSystemNode {
    return { uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory };
}

const NO_SYNC = 'a language server in a browser worker has no synchronous file access';

/**
 * A file system that asks the client (`ssc/fs/*` requests): in a browser worker the language server
 * has no disk, so VS Code for the Web lends its own (`workspace.fs`). Langium's workspace manager
 * reads the workspace folders through it, and the rule settings read `.sscrc.json` through it.
 * The synchronous calls cannot be served and throw.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: Connection) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const result = await this.connection.sendRequest(StatRequest.type, { uri: uri.toString() });
        if (!result?.entry) throw new Error(`${uri.toString()}: not found`);
        return node(result.entry);
    }

    async exists(uri: URI): Promise<boolean> {
        const result = await this.connection.sendRequest(StatRequest.type, { uri: uri.toString() });
        return result?.entry !== undefined;
    }

    async readFile(uri: URI): Promise<string> {
        const result = await this.connection.sendRequest(ReadFileRequest.type, { uri: uri.toString() });
        if (typeof result?.text !== 'string') throw new Error(`${uri.toString()}: ${result?.error ?? 'cannot be read'}`);
        return result.text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const result = await this.connection.sendRequest(ReadDirectoryRequest.type, { uri: uri.toString() });
        return (result?.entries ?? []).map(node);
    }

    statSync(): FileSystemNode {
        throw new Error(NO_SYNC);
    }
    existsSync(): boolean {
        return false;
    }
    readBinarySync(): Uint8Array {
        throw new Error(NO_SYNC);
    }
    readFileSync(): string {
        throw new Error(NO_SYNC);
    }
    readDirectorySync(): FileSystemNode[] {
        throw new Error(NO_SYNC);
    }
}
