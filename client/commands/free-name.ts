/**
 * A file name beside others that replaces none of them: `register.ssc`, else `register-2.ssc`,
 * `register-3.ssc`, … Free of `vscode`, so it is tested on its own.
 */
export async function freeFileName(stem: string, extension: string, exists: (name: string) => Promise<boolean>): Promise<string> {
    const base = stem.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^\.+/, '') || 'register';
    for (let n = 1; ; n++) {
        const name = `${base}${n === 1 ? '' : `-${n}`}${extension}`;
        if (!(await exists(name))) return name;
    }
}
