/**
 * Run in a fresh process with `--expose-gc` by block-reparse.test.ts: types one character into the
 * `aims` of 60 different stakeholders of a 400-stakeholder file, one edit each, and prints the heap
 * after the first and after the last edit, with the size of the file.
 */
import { generateModel } from '../../../bench/model-generator.js';
import { buildWorkspace, editFile } from '../../helpers/workspace.js';

const heap = () => {
    globalThis.gc!();
    globalThis.gc!();
    return process.memoryUsage().heapUsed;
};
let text = [...generateModel({ stakeholders: 400 }).values()].join('\n');
const ws = await buildWorkspace({ 'model.ssc': text });
const places: number[] = [];
for (let i = text.indexOf('aims "'); i >= 0; i = text.indexOf('aims "', i + 1)) places.push(i + 6);
let first = 0;
for (let k = 0; k < 60; k++) {
    const at = places[k * 5];
    text = text.slice(0, at) + 'x' + text.slice(at);
    for (let j = 0; j < places.length; j++) if (places[j] > at) places[j]++;
    await editFile(ws, 'model.ssc', text);
    if (k === 0) first = heap();
}
console.log(JSON.stringify({ first, last: heap(), fileBytes: text.length, edits: 60 }));
