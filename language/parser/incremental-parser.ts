import type { LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { reparseBlock, type CstNodeLists, type FallbackReason } from './block-reparse.js';

/** How a document's edits were parsed since the services started. */
export interface IncrementalParseStats {
    /** Edits handled by re-parsing one top-level element. */
    incremental: number;
    /** Edits parsed whole, by the reason the block path declined them. */
    fallbacks: Record<FallbackReason, number>;
}

/**
 * Parses an edited document by re-parsing only the top-level element the edit falls in, when that is
 * safe (see {@link reparseBlock}), and counts how often it had to parse the whole text instead.
 */
export class IncrementalParser {
    /** False parses every edit whole (the reference the differential tests compare against). */
    enabled = true;
    private readonly parser: LangiumParser;
    private readonly lists: CstNodeLists = new WeakMap();
    private readonly counts: IncrementalParseStats = {
        incremental: 0,
        fallbacks: { 'previous-errors': 0, 'outside-block': 0, 'tight-boundary': 0, 'block-errors': 0, 'edge-comment': 0 },
    };

    constructor(services: LangiumCoreServices) {
        this.parser = services.parser.LangiumParser;
    }

    /**
     * The parse result of `text`, the new text of the document `previous` was parsed from, built by
     * re-parsing one element; undefined when the whole text must be parsed (the reason is counted).
     * On success the previous result's syntax tree is reused and must no longer be read as before.
     */
    reparse(previous: ParseResult, text: string): ParseResult | undefined {
        if (!this.enabled) return undefined;
        const outcome = reparseBlock(this.parser, previous, text, this.lists);
        if ('fallback' in outcome) {
            this.counts.fallbacks[outcome.fallback]++;
            return undefined;
        }
        this.counts.incremental++;
        return outcome.result;
    }

    /** A copy of the counts so far. */
    stats(): IncrementalParseStats {
        return { incremental: this.counts.incremental, fallbacks: { ...this.counts.fallbacks } };
    }
}
