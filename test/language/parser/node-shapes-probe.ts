/**
 * Run in a fresh process with `--allow-natives-syntax` by node-shapes.test.ts: parses a generated
 * model and counts, per syntax node type, the nodes V8 keeps in a fast layout and those it keeps as
 * dictionaries.
 */
import { AstUtils, EmptyFileSystem } from 'langium';
import { generateModel } from '../../../bench/model-generator.js';
import { createSscServices } from '../../../language/ssc-module.js';

const hasFastProperties = new Function('node', 'return %HasFastProperties(node)') as (node: object) => boolean;
const { Ssc } = createSscServices(EmptyFileSystem);
const [text] = generateModel({ stakeholders: 60 }).values();
const counts: Record<string, { fast: number; dictionary: number }> = {};
for (const node of AstUtils.streamAst(Ssc.parser.LangiumParser.parse(text).value)) {
    const count = (counts[node.$type] ??= { fast: 0, dictionary: 0 });
    if (hasFastProperties(node)) count.fast++;
    else count.dictionary++;
}
console.log(JSON.stringify(counts));
