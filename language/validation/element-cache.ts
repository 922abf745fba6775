import { URI, type AstNode, type CstNode, type LangiumDocuments } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { RecordedFact, WorkspaceFacts } from './workspace-facts.js';
import { cstEnd, cstStart } from '../utils/cst-start.js';

/** What validating one top-level element produced, and what it depended on. */
interface ElementEntry {
    /** The validation categories it was computed for. */
    readonly categories: string;
    /** Where the element started: its diagnostics move with it. */
    readonly start: Position;
    readonly diagnostics: readonly Diagnostic[];
    readonly facts: readonly RecordedFact[];
    /** Other top-level elements its diagnostics point at, and where each started. */
    readonly others: ReadonlyArray<{ readonly element: AstNode; readonly uri: string; readonly start: Position }>;
}

/**
 * The diagnostics of each top-level element, kept while the element's syntax tree lives. Block-by-block
 * parsing (IncrementalParser) keeps every element an edit did not touch, so a keystroke re-runs only
 * the checks of the edited element; the others are reused when
 * - the element is the same syntax node (an edit inside it makes a new one),
 * - every workspace fact its checks read still reads the same (the checks see the rest of the
 *   workspace only through facts, see WorkspaceFacts), and
 * - it starts at the same column (an edit above it may move it down or up whole lines: its
 *   diagnostics are moved by as many lines).
 * - every other top-level element its diagnostics point at (related information at an assessment,
 *   say) is still the same syntax node at the same place.
 * Elements whose diagnostics point at a place outside every top-level element are not kept.
 */
export class ElementDiagnosticsCache {
    private readonly entries = new WeakMap<AstNode, ElementEntry>();
    /** Roots of the documents looked up during one validation, by URI. */
    private readonly roots = new Map<string, AstNode | undefined>();
    /** Lines of the elements searched during one validation (each search reads the same middle ones). */
    private readonly spans = new Map<AstNode, { first: number; last: number } | undefined>();

    constructor(
        private readonly facts: WorkspaceFacts,
        private readonly documents: LangiumDocuments,
    ) {}

    /** Starts the validation of a document (documents may have changed since the last). */
    begin(): void {
        this.roots.clear();
        this.spans.clear();
    }

    /**
     * The element's diagnostics as they are now, when the kept ones still hold (their facts are then
     * recorded again for the document `uri`); undefined when its checks must run. `start` is where the
     * element starts now.
     */
    reuse(element: AstNode, uri: string, categories: string, start: Position | undefined): Diagnostic[] | undefined {
        const entry = this.entries.get(element);
        if (!entry || !start || entry.categories !== categories || entry.start.character !== start.character) return undefined;
        if (!entry.others.every(o => this.unchanged(o.element, o.uri, o.start))) return undefined;
        if (!this.facts.replay(uri, entry.facts)) {
            this.entries.delete(element);
            return undefined;
        }
        const lines = start.line - entry.start.line;
        if (lines === 0) return [...entry.diagnostics];
        return entry.diagnostics.map(d => moved(d, lines));
    }

    /**
     * Keeps what validating the element produced, unless it points outside every element. `start` is
     * where the element starts now, as given to `reuse`.
     */
    keep(
        element: AstNode,
        uri: string,
        categories: string,
        diagnostics: readonly Diagnostic[],
        facts: readonly RecordedFact[],
        start: Position | undefined,
    ): void {
        if (!element.$cstNode || !start) return;
        if (diagnostics.length === 0) {
            // Most elements have no findings: nothing to test against their lines, copy or move.
            this.entries.set(element, {
                categories,
                start: { line: start.line, character: start.character },
                diagnostics: NONE,
                facts,
                others: NONE,
            });
            return;
        }
        const lines = linesOf(element.$cstNode, start);
        const inside = (r: Range) => r.start.line >= lines.first && r.end.line <= lines.last;
        const others: Array<ElementEntry['others'][number]> = [];
        const depend = (at: string, r: Range): boolean => {
            if (at === uri && inside(r)) return true;
            const other = this.elementAround(at, r);
            const begins = other?.$cstNode && cstStart(other.$cstNode);
            if (!other || !begins) return false;
            others.push({ element: other, uri: at, start: { line: begins.line, character: begins.character } });
            return true;
        };
        for (const diagnostic of diagnostics) {
            if (!inside(diagnostic.range)) return;
            for (const related of diagnostic.relatedInformation ?? []) {
                if (!depend(related.location.uri, related.location.range)) return;
            }
            if (!rangesIn(diagnostic.data).every(inside)) return;
        }
        // Copies: the syntax tree's positions, which diagnostics may share, are moved in place by later edits.
        const at = { line: start.line, character: start.character };
        this.entries.set(element, { categories, start: at, diagnostics: diagnostics.map(d => moved(d, 0)), facts, others });
    }

    /** The top-level element of a workspace file around a range. */
    private elementAround(uri: string, range: Range): AstNode | undefined {
        const root = this.rootOf(uri) as { elements?: AstNode[] } | undefined;
        const elements = root?.elements;
        if (!elements) return undefined;
        let low = 0;
        let high = elements.length - 1;
        while (low <= high) {
            const middle = (low + high) >> 1;
            const around = this.spanOf(elements[middle]);
            if (!around) return undefined;
            if (around.last < range.start.line) low = middle + 1;
            else if (around.first > range.end.line) high = middle - 1;
            else return around.first <= range.start.line && range.end.line <= around.last ? elements[middle] : undefined;
        }
        return undefined;
    }

    private spanOf(element: AstNode): { first: number; last: number } | undefined {
        if (this.spans.has(element)) return this.spans.get(element);
        const cst = element.$cstNode;
        const span = cst && linesOf(cst, cstStart(cst));
        this.spans.set(element, span);
        return span;
    }

    private rootOf(uri: string): AstNode | undefined {
        if (this.roots.has(uri)) return this.roots.get(uri);
        const root = this.documents.getDocument(URI.parse(uri))?.parseResult.value;
        this.roots.set(uri, root);
        return root;
    }

    /** True when `element` is still part of its document's tree and starts where it did. */
    private unchanged(element: AstNode, uri: string, start: Position): boolean {
        const root = this.rootOf(uri);
        const now = element.$cstNode && cstStart(element.$cstNode);
        return element.$container === root && now !== undefined && now.line === start.line && now.character === start.character;
    }
}

const NONE: readonly never[] = [];

/** The first and last line of a syntax node that starts at `start`. */
function linesOf(cst: CstNode, start: Position): { first: number; last: number } {
    return { first: start.line, last: Math.max(start.line, cstEnd(cst).line) };
}

function isPosition(value: unknown): value is Position {
    return (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as Position).line === 'number' &&
        typeof (value as Position).character === 'number'
    );
}

function isRange(value: unknown): value is Range {
    return typeof value === 'object' && value !== null && isPosition((value as Range).start) && isPosition((value as Range).end);
}

/** Ranges anywhere in a diagnostic's data (quick fixes keep some there). */
function rangesIn(value: unknown, found: Range[] = []): Range[] {
    if (isRange(value)) found.push(value);
    else if (Array.isArray(value)) for (const item of value) rangesIn(item, found);
    else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) rangesIn(item, found);
    return found;
}

/** A copy of `value` with every range and position in it `lines` lines further down. */
function shifted<T>(value: T, lines: number): T {
    if (isRange(value)) {
        // Most values are ranges: their positions are copied without walking their keys.
        const { start, end } = value;
        return {
            ...value,
            start: { line: start.line + lines, character: start.character },
            end: { line: end.line + lines, character: end.character },
        } as T;
    }
    if (isPosition(value)) return { ...value, line: value.line + lines };
    if (Array.isArray(value)) return value.map(item => shifted(item, lines)) as T;
    if (typeof value === 'object' && value !== null) {
        const copy: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value)) copy[key] = shifted(item, lines);
        return copy as T;
    }
    return value;
}

function moved(diagnostic: Diagnostic, lines: number): Diagnostic {
    const copy: Diagnostic = { ...diagnostic, range: shifted(diagnostic.range, lines) };
    if (diagnostic.relatedInformation) copy.relatedInformation = shifted(diagnostic.relatedInformation, lines);
    if (diagnostic.data !== undefined) copy.data = shifted(diagnostic.data, lines);
    return copy;
}
