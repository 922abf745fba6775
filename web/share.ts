/**
 * Share links: the model's files, compressed, in the URL fragment (`#model=…`), so a link carries a
 * whole workspace and no server ever sees it. Decoding treats the link as hostile: it bounds the
 * link's length, the inflated size and the number of files, and checks every field.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { cleanFileName, type PlaygroundFile } from './file-names.js';

/** The fragment key of a share link. */
export const SHARE_KEY = 'model';
/** Longest fragment accepted or produced (characters); longer models are shared as a zip. */
export const MAX_LINK_CHARS = 100_000;
/** Most text a link may inflate to (bytes), so a small link cannot expand into a huge one. */
export const MAX_INFLATED_BYTES = 4_000_000;
/** Most files a link may carry. */
export const MAX_FILES = 50;

/** What a link holds. */
export interface SharedModel {
    files: PlaygroundFile[];
    active?: string;
}

/** A link that cannot be opened; the message is one sentence for the page. */
export class ShareLinkError extends Error {}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}

/** The fragment (without `#`) for a model, or a {@link ShareLinkError} when it is too large for a link. */
export function encodeShare(model: SharedModel): string {
    const json = JSON.stringify({ v: 1, active: model.active, files: model.files.map(f => [f.name, f.text]) });
    const fragment = `${SHARE_KEY}=${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
    if (fragment.length > MAX_LINK_CHARS) {
        throw new ShareLinkError(
            `The model is too large for a link (${Math.ceil(fragment.length / 1000)} KB compressed, the limit is ${MAX_LINK_CHARS / 1000} KB): download it as a zip instead.`,
        );
    }
    return fragment;
}

function inflateBounded(bytes: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate(chunk => {
        total += chunk.length;
        if (total > MAX_INFLATED_BYTES)
            throw new ShareLinkError(`The link expands to more than ${MAX_INFLATED_BYTES / 1_000_000} MB of text, so it was not opened.`);
        chunks.push(chunk);
    });
    inflater.push(bytes, true);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
    }
    return out;
}

/**
 * The model in a fragment (with or without `#`), undefined when the fragment is not a share link,
 * or a {@link ShareLinkError} naming what is wrong with it.
 */
export function decodeShare(fragment: string): SharedModel | undefined {
    const text = fragment.replace(/^#/, '');
    if (!text.startsWith(`${SHARE_KEY}=`)) return undefined;
    const payload = text.slice(SHARE_KEY.length + 1);
    const broken = 'This share link is damaged or was not made by the SSC playground, so nothing was opened';
    if (payload.length > MAX_LINK_CHARS)
        throw new ShareLinkError(`This share link is longer than ${MAX_LINK_CHARS / 1000} KB, so it was not opened.`);
    if (!/^[A-Za-z0-9_-]*$/.test(payload) || payload.length === 0)
        throw new ShareLinkError(`${broken} (it holds characters a link never has).`);
    let json: unknown;
    try {
        json = JSON.parse(strFromU8(inflateBounded(fromBase64Url(payload))));
    } catch (error) {
        if (error instanceof ShareLinkError) throw error;
        throw new ShareLinkError(`${broken} (it does not decompress to a model).`);
    }
    const data = json as { v?: unknown; active?: unknown; files?: unknown };
    if (typeof json !== 'object' || json === null || data.v !== 1 || !Array.isArray(data.files))
        throw new ShareLinkError(`${broken} (unknown format).`);
    if (data.files.length === 0) throw new ShareLinkError(`${broken} (it holds no file).`);
    if (data.files.length > MAX_FILES)
        throw new ShareLinkError(
            `This share link holds ${data.files.length} files; at most ${MAX_FILES} are opened from a link, so nothing was opened.`,
        );
    const files: PlaygroundFile[] = [];
    const taken = new Set<string>();
    for (const entry of data.files as unknown[]) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string')
            throw new ShareLinkError(`${broken} (a file entry is malformed).`);
        const name = cleanFileName(entry[0], taken);
        taken.add(name);
        files.push({ name, text: entry[1] });
    }
    const active = typeof data.active === 'string' ? files.find(f => f.name === data.active)?.name : undefined;
    return { files, active };
}
