import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateModel } from './model-generator.js';

/** One benchmark input: a generated model written to disk. */
export interface Corpus {
    name: string;
    stakeholders: number;
    files: number;
    dir: string;
    texts: Map<string, string>;
    bytes: number;
}

/** Writes the seeded model of the given size into `root/<name>` and returns it. */
export function writeCorpus(root: string, stakeholders: number, files: number): Corpus {
    const name = `${stakeholders}-in-${files}`;
    const dir = path.join(root, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const texts = generateModel({ stakeholders, files, seed: 20260630 });
    let bytes = 0;
    for (const [file, text] of texts) {
        writeFileSync(path.join(dir, file), text);
        bytes += Buffer.byteLength(text);
    }
    return { name, stakeholders, files, dir, texts, bytes };
}
