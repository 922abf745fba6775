import {
    AstUtils,
    DefaultDocumentValidator,
    DocumentValidator,
    interruptAndCheck,
    type AstNode,
    type AstReflection,
    type ValidationAcceptor,
    type LangiumDocument,
    type ParseResult,
    type ReferenceInfo,
    type ScopeProvider,
    type ValidationOptions,
    Cancellation,
} from 'langium';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { typeWord } from '../grammar/type-words.js';
import type { SscServices } from '../ssc-module.js';
import { Rule, ruleInfo, type RuleSeverity } from './rule-codes.js';
import type { RuleSettings } from './rule-settings.js';
import type { SscValidationRegistry } from './ssc-validation-registry.js';
import { cancellationTicker } from '../utils/interrupt.js';
import { quietWhileTyping } from './quiet-while-typing.js';
import { closestNames } from './suggestions.js';
import type { WorkspaceFacts } from './workspace-facts.js';
import type { GrammarVocabulary } from '../parser/grammar-vocabulary.js';
import { defaultRulesDocUri, ruleAnchor } from './rule-links.js';
import { syntaxDiagnostics } from './syntax-diagnostics.js';
import { withoutEchoesOfSyntaxErrors } from './syntax-echoes.js';
import { ElementDiagnosticsCache } from './element-cache.js';
import { isModel } from '../generated/ast.js';
import { subtree } from '../utils/ast-walk.js';
import { cstStart } from '../utils/cst-start.js';
import { sharedEnds } from '../model/shared-ends.js';

const TO_LSP: Record<Exclude<RuleSeverity, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

// Read once: through the bundle's re-export getters, `Cancellation.CancellationToken.None` is two calls,
// and it was read for every check of every node (~1 ms of each build of 1,000 stakeholders, CPU profile).
const NO_CANCEL = Cancellation.CancellationToken.None;

/** Data attached to an unknown-reference diagnostic, read by its quick fix. */
export interface UnknownReferenceData {
    readonly code: typeof Rule.UnknownReference;
    readonly refText: string;
    readonly suggestions: string[];
}

/**
 * Langium's document validator, adapted to the rule catalogue: syntax errors carry the code `syntax`,
 * unresolved references become `identification/unknown-reference` with the closest names offered, and
 * the severity overrides in force are applied to every diagnostic (`off` removes it).
 */
export class SscDocumentValidator extends DefaultDocumentValidator {
    private readonly scopeProvider: ScopeProvider;
    private readonly reflection: AstReflection;
    private readonly settings: RuleSettings;
    private readonly facts: WorkspaceFacts;
    private readonly registry: SscValidationRegistry;
    private readonly vocabulary: GrammarVocabulary;
    private readonly documents = new WeakMap<ParseResult, LangiumDocument>();
    private readonly elementCache: ElementDiagnosticsCache;
    /**
     * Whether each element's diagnostics are kept for reuse after an edit; off where no document is
     * edited (`ssc` commands), which then pay neither the time nor the memory.
     */
    keepForEdits = true;
    /** Where each element of a document started at its last validation (see startsOf). */
    private readonly lastStarts = new WeakMap<LangiumDocument, { elements: readonly AstNode[]; starts: Array<Position | undefined> }>();
    /**
     * The `file:` URI of `docs/rules.md`, which each diagnostic's `codeDescription` links to (the
     * rule's section); undefined where there is no such file (then no link is given).
     */
    rulesDocUri: string | undefined = defaultRulesDocUri(import.meta.url);
    /** The `codeDescription` of each rule, by code, for the rule reference they were made for (see linked). */
    private links: { base: string | undefined; byCode: Map<string, { readonly href: string }> } = { base: undefined, byCode: new Map() };

    constructor(services: SscServices) {
        super(services);
        this.vocabulary = services.ssc.Vocabulary;
        this.registry = services.validation.ValidationRegistry;
        this.facts = services.ssc.WorkspaceFacts;
        this.scopeProvider = services.references.ScopeProvider;
        this.reflection = services.shared.AstReflection;
        this.settings = services.ssc.RuleSettings;
        this.elementCache = new ElementDiagnosticsCache(this.facts, services.shared.workspace.LangiumDocuments);
    }

    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: Parameters<DefaultDocumentValidator['validateDocument']>[2],
    ): Promise<Diagnostic[]> {
        // The facts recorded while validating are compared after later builds (see SscDocumentBuilder).
        this.facts.reset(document.uri.toString());
        this.documents.set(document.parseResult, document);
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const hasProgramme = this.facts.read(document.parseResult.value, 'has-programme', v => v.snapshot.model.programme !== null);
        const unechoed = withoutEchoesOfSyntaxErrors(document, diagnostics, type => this.vocabulary.declaresName(type));
        return this.linked(this.applySeverities(quietWhileTyping(document, unechoed, hasProgramme)));
    }

    /** Gives each diagnostic a link to its rule's section of the rule reference. */
    private linked(diagnostics: Diagnostic[]): Diagnostic[] {
        const base = this.rulesDocUri;
        if (!base) return diagnostics;
        if (this.links.base !== base) this.links = { base, byCode: new Map() };
        for (const diagnostic of diagnostics) {
            if (typeof diagnostic.code !== 'string') continue;
            // One link object per rule, shared: a keystroke re-publishes every diagnostic of the file.
            let link = this.links.byCode.get(diagnostic.code);
            if (!link) this.links.byCode.set(diagnostic.code, (link = { href: `${base}#${ruleAnchor(diagnostic.code)}` }));
            diagnostic.codeDescription = link;
        }
        return diagnostics;
    }

    /**
     * Runs the checks of the root, then element by element, reusing the diagnostics of elements an
     * edit did not touch (see ElementDiagnosticsCache).
     */
    protected override async validateAst(
        rootNode: AstNode,
        options: ValidationOptions,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
    ): Promise<Diagnostic[]> {
        if (!isModel(rootNode) || this.profiler?.isActive('validating')) return super.validateAst(rootNode, options, cancelToken);
        const uri = AstUtils.getDocument(rootNode).uri.toString();
        const categories = options.categories?.join(',') ?? '';
        let sink: Diagnostic[] = [];
        const items = sink;
        const acceptor: ValidationAcceptor = (severity, message, info) => {
            sink.push(this.toDiagnostic(severity, message, info));
        };
        await this.validateAstBefore(rootNode, options, acceptor, cancelToken);
        await this.runChecks(rootNode, options, acceptor);
        this.elementCache.begin();
        const tick = cancellationTicker(cancelToken);
        const starts = this.keepForEdits ? this.startsOf(AstUtils.getDocument(rootNode), rootNode.elements) : [];
        for (const [index, element] of rootNode.elements.entries()) {
            const pause = tick();
            if (pause) await pause;
            const kept = this.keepForEdits ? this.elementCache.reuse(element, uri, categories, starts[index]) : undefined;
            if (kept) {
                items.push(...kept);
                continue;
            }
            const found: Diagnostic[] = [];
            sink = found;
            try {
                const { result, facts } = this.facts.capture(() => this.runChecksBelow(element, options, acceptor));
                // Checks that awaited went on reading facts after the capture: their findings are not kept.
                if (result) await result;
                else if (this.keepForEdits) this.elementCache.keep(element, uri, categories, found, facts, starts[index]);
            } finally {
                sink = items;
                items.push(...found);
            }
        }
        await interruptAndCheck(cancelToken);
        await this.validateAstAfter(rootNode, options, acceptor, cancelToken);
        return items;
    }

    /**
     * Where each element starts. A keystroke replaces a run of elements: those before it have not moved
     * and those after it have moved by the same number of lines (their columns are unchanged), so only
     * the replaced run is read from the syntax tree (finding each element's first token cost ~3 ms per
     * keystroke at 1,000 stakeholders in one file). The starts are copies: the tree's positions are
     * moved in place by later edits.
     */
    private startsOf(document: LangiumDocument, elements: readonly AstNode[]): Array<Position | undefined> {
        const last = this.lastStarts.get(document);
        const read = (element: AstNode): Position | undefined => {
            const start = element.$cstNode && cstStart(element.$cstNode);
            return start && { line: start.line, character: start.character };
        };
        const [start, shared] = last ? sharedEnds(last.elements, elements) : [0, 0];
        let end = shared;
        let lines = 0;
        if (last && end > 0) {
            const now = read(elements[elements.length - end]);
            const before = last.starts[last.elements.length - end];
            if (now && before && now.character === before.character) lines = now.line - before.line;
            else end = 0;
        }
        const starts = elements.map((element, i) => {
            if (last && i < start) return last.starts[i];
            if (!last || i < elements.length - end) return read(element);
            const before = last.starts[i - elements.length + last.elements.length];
            return before && lines !== 0 ? { line: before.line + lines, character: before.character } : before;
        });
        this.lastStarts.set(document, { elements: elements.slice(), starts });
        return starts;
    }

    /**
     * Runs the checks of `node` and every node below it; synchronous while every check is (a promise
     * per check and node is measurable on big models).
     */
    private runChecksBelow(node: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor): Promise<void> | undefined {
        const nodes = subtree(node);
        for (let i = 0; i < nodes.length; i++) {
            const pending = this.runChecks(nodes[i], options, acceptor);
            if (pending)
                return pending.then(async () => {
                    for (let j = i + 1; j < nodes.length; j++) await this.runChecks(nodes[j], options, acceptor);
                });
        }
        return undefined;
    }

    /** Runs the checks registered for the node's type. */
    private runChecks(node: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor): Promise<void> | undefined {
        const checks = this.registry.checksFor(node.$type, options.categories);
        for (let i = 0; i < checks.length; i++) {
            const result = checks[i](node, acceptor, NO_CANCEL);
            if (result)
                return result.then(async () => {
                    for (let j = i + 1; j < checks.length; j++) await checks[j](node, acceptor, NO_CANCEL);
                });
        }
        return undefined;
    }

    /** Applies the configured severities; diagnostics of rules set to `off` are dropped. */
    applySeverities(diagnostics: Diagnostic[]): Diagnostic[] {
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            const info = code ? ruleInfo(code) : undefined;
            if (!info) {
                result.push(diagnostic);
                continue;
            }
            const severity = this.settings.severityOf(info.code, info.severity);
            if (severity === 'off') continue;
            const lsp = TO_LSP[severity];
            result.push(diagnostic.severity === lsp ? diagnostic : { ...diagnostic, severity: lsp });
        }
        return result;
    }

    /** Lexing and parsing errors together, explained in the analyst's words (see `syntaxDiagnostics`). */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const document = this.documents.get(parseResult);
        if (document) diagnostics.push(...syntaxDiagnostics(document, this.vocabulary, this.getSource() ?? 'ssc'));
    }

    protected override processParsingErrors(_parseResult: ParseResult, _diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // Reported with the lexing errors above, so that one line gets one syntax diagnostic.
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const info = error.info;
            const refText = info.reference.$refText;
            const type = this.referenceType(info);
            const word = typeWord(type);
            const suggestions = refText ? this.suggest(info, refText) : [];
            const hint =
                suggestions.length > 0
                    ? ` Did you mean ${suggestions.map(s => `'${s}'`).join(', ')}?`
                    : ` Declare it, or check the spelling.`;
            const message = refText
                ? `Unknown ${word} '${refText}': nothing of that name is declared in the workspace.${hint}`
                : `Missing ${word} name.`;
            const data: UnknownReferenceData = { code: Rule.UnknownReference, refText, suggestions };
            diagnostics.push(
                this.toDiagnostic('error', message, {
                    node: info.container,
                    range: reference.$refNode?.range,
                    property: info.property,
                    index: info.index,
                    code: Rule.UnknownReference,
                    data,
                }),
            );
        }
    }

    private referenceType(info: ReferenceInfo): string {
        try {
            return this.reflection.getReferenceType(info);
        } catch {
            return 'element';
        }
    }

    private suggest(info: ReferenceInfo, refText: string): string[] {
        try {
            const names = this.scopeProvider
                .getScope(info)
                .getAllElements()
                .map(d => d.name);
            return closestNames(refText, names);
        } catch {
            return [];
        }
    }
}

/** Re-exported so callers can recognise Langium's own diagnostic codes. */
export const LangiumCodes = DocumentValidator;
