/** Downloads from the page: a text file, or several as one zip (fflate), through a Blob URL. */
import { strToU8, zipSync } from 'fflate';

/** Offers `content` as a download named `name`. */
export function download(name: string, content: string | Uint8Array, type: string): void {
    const blob = new Blob([content as BlobPart], { type });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The files as one zip archive. */
export function zipOf(files: ReadonlyArray<{ name: string; content: string }>): Uint8Array {
    return zipSync(Object.fromEntries(files.map(f => [f.name, strToU8(f.content)])), { level: 6 });
}

/** The MIME type of a downloaded file, by its extension. */
export function mimeOf(name: string): string {
    if (name.endsWith('.html')) return 'text/html;charset=utf-8';
    if (name.endsWith('.svg')) return 'image/svg+xml;charset=utf-8';
    if (name.endsWith('.csv')) return 'text/csv;charset=utf-8';
    if (name.endsWith('.md')) return 'text/markdown;charset=utf-8';
    if (name.endsWith('.zip')) return 'application/zip';
    return 'text/plain;charset=utf-8';
}
