/** The bundled examples (the build inlines `examples/`), each a set of files. */
import type { PlaygroundFile } from './file-names.js';

/** One example workspace. */
export interface Example {
    id: string;
    title: string;
    files: PlaygroundFile[];
}

declare const __SSC_EXAMPLES__: Example[];

/** Every bundled example: Valencia over three files, the first model. */
export const EXAMPLES: readonly Example[] = __SSC_EXAMPLES__;
