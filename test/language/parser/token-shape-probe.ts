/**
 * Run alone by token-shape.test.ts (bundled, in a fresh Node process, so that its heap snapshot is
 * small): tokenizes a generated model and prints how many token-shaped objects the heap holds and how
 * many boxed numbers they point to.
 */
import { EmptyFileSystem } from 'langium';
import { getHeapSnapshot } from 'node:v8';
import { generateModel } from '../../../bench/model-generator.js';
import { createSscServices } from '../../../language/ssc-module.js';

interface HeapSnapshot {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
    nodes: number[];
    edges: number[];
    strings: string[];
}

function boxedTokenPositions(snap: HeapSnapshot): { tokens: number; boxed: number } {
    const { node_fields, node_types, edge_fields, edge_types } = snap.snapshot.meta;
    const [N, E] = [node_fields.length, edge_fields.length];
    const [type, edgeCount] = [node_fields.indexOf('type'), node_fields.indexOf('edge_count')];
    const [edgeType, edgeName, edgeTo] = [
        edge_fields.indexOf('type'),
        edge_fields.indexOf('name_or_index'),
        edge_fields.indexOf('to_node'),
    ];
    let [tokens, boxed, e] = [0, 0, 0];
    for (let i = 0; i < snap.nodes.length; i += N) {
        const names = new Set<string>();
        let numbers = 0;
        for (let k = 0; k < snap.nodes[i + edgeCount]; k++, e += E) {
            if (edge_types[0][snap.edges[e + edgeType]] === 'property') names.add(snap.strings[snap.edges[e + edgeName]]);
            if (node_types[0][snap.nodes[snap.edges[e + edgeTo] + type]] === 'number') numbers++;
        }
        if (names.has('image') && names.has('tokenType')) {
            tokens++;
            boxed += numbers;
        }
    }
    return { tokens, boxed };
}

const { Ssc } = createSscServices(EmptyFileSystem);
const text = [...generateModel({ stakeholders: 20, files: 1, seed: 1 }).values()][0];
const { tokens } = Ssc.parser.Lexer.tokenize(text);
const chunks: Buffer[] = [];
for await (const chunk of getHeapSnapshot()) chunks.push(chunk as Buffer);
const found = boxedTokenPositions(JSON.parse(Buffer.concat(chunks).toString('utf8')) as HeapSnapshot);
process.stdout.write(JSON.stringify({ lexed: tokens.length, ...found }));
