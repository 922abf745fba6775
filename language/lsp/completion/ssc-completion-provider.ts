import {
    AstUtils,
    CstUtils,
    GrammarAST,
    GrammarUtils,
    stream,
    TextDocument,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocument,
    type MaybePromise,
    type Reference,
    type ReferenceInfo,
    type RootCstNode,
    type Stream,
    type WorkspaceLock,
} from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionProviderOptions,
    type CompletionValueItem,
    type NextFeature,
} from 'langium/lsp';
import {
    CompletionItemKind,
    InsertTextFormat,
    type CancellationToken,
    type CompletionParams,
    type Position,
    type TextEdit,
} from 'vscode-languageserver-protocol';
import { isBuiltinUri } from '../../builtin/builtin-library.js';
import { isAction, isAssessment, isConsultation, isKpi, isStakeholder, type Model, type Stakeholder } from '../../generated/ast.js';
import { acceptedStrategies, gridNumber, levelIndex, suggestedStrategy } from '../../model/grid.js';
import { ownerStakeholder } from '../../model/plan.js';
import { todayIso } from '../../model/dates.js';
import type { ModelData, StakeholderData } from '../../model/types.js';
import { ENGAGEMENT_LEVELS, ONION_LAYERS, RELATION_KINDS, SCALES, SECTORS, STRATEGIES, TECHNOLOGY_ROLES } from '../../model/vocabulary.js';
import { SSC_KEYWORDS } from '../../grammar/grammar-facts.js';
import type { SscServices } from '../../ssc-module.js';
import type { WorkspaceModel } from '../../workspace/workspace-model.js';
import { termMarkdown, termNote, vocabularyEntry, vocabularyList, vocabularyMarkdown, type VocabularyKind } from '../vocabulary-docs.js';
import { ARROW_NOTES, GRID_VALUE_ITEMS } from '../keyword-docs.js';
import { completionWindow, type CompletionWindow } from './completion-window.js';
import { entryKeywordMisplaced, processValueItem } from './process-completion.js';
import { limitCandidates } from './reference-limit.js';
import { sscSnippets } from './snippets.js';

/** Orders of the enumerations, so that completion lists them as the Supplement does. */
const ORDERED_VALUES: ReadonlyArray<readonly string[]> = [
    ENGAGEMENT_LEVELS,
    STRATEGIES,
    ONION_LAYERS,
    SCALES,
    SECTORS,
    TECHNOLOGY_ROLES,
    RELATION_KINDS,
];

const pad = (n: number) => String(n).padStart(2, '0');

function ruleOf(element: GrammarAST.AbstractElement): string | undefined {
    return AstUtils.getContainerOfType(element, GrammarAST.isParserRule)?.name;
}

/**
 * Completion that knows where the cursor is: standard groups, unit and ministry types with their
 * labels and descriptions; `unit`/`ministry` only in municipality/government stakeholders; levels and
 * layers in their order; the strategy of the stakeholder's grid quadrant first; block keywords that
 * are not given yet; and snippets for whole elements.
 */
export class SscCompletionProvider extends DefaultCompletionProvider {
    private readonly workspaceModel: WorkspaceModel;
    private readonly workspaceLock: WorkspaceLock;

    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [':', '>'] };

    constructor(services: SscServices) {
        super(services);
        this.workspaceModel = services.ssc.WorkspaceModel;
        this.workspaceLock = services.shared.workspace.WorkspaceLock;
    }

    /**
     * Langium answers once the document is linked, which the previous version still is while the build of
     * the text just typed waits its turn (a busy machine, the browser's worker): completing the new text
     * against the old tree offered the words of another place (dates after `stakeholder X : `). When the
     * tree is not of the current text, wait for the pending build first.
     */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken) {
        const root = document.parseResult.value.$cstNode as RootCstNode | undefined;
        if (root?.fullText !== document.textDocument.getText()) await this.workspaceLock.read(() => undefined);
        return super.getCompletion(document, params, cancelToken);
    }

    /**
     * A name typed up to a hyphen (`city-`) does not lex as one token, so Langium would complete after
     * it; complete the hyphenated word from its start instead.
     */
    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const textDocument = document.textDocument;
        const offset = textDocument.offsetAt(position);
        this.window = completionWindow(document.parseResult.value as Model, textDocument.getText(), offset);
        const before = textDocument.getText().substring(Math.max(0, offset - 200), offset);
        const word = /(?<![\w-])[_a-zA-Z]\w*(?:-\w+)*-$/.exec(before);
        const cst = document.parseResult.value.$cstNode;
        if (word && cst) {
            const start = offset - word[0].length;
            yield {
                document,
                textDocument,
                offset,
                position,
                tokenOffset: start,
                tokenEndOffset: offset,
                node: CstUtils.findLeafNodeBeforeOffset(cst, start)?.astNode,
                features: this.findFeaturesAt(textDocument, start),
            };
        }
        yield* super.buildContexts(document, position);
    }

    /** The part of the document around the cursor being completed (see {@link completionWindow}). */
    private window?: CompletionWindow;

    /** The window to use for this text and offset, or undefined to read the whole text. */
    private windowFor(text: string, offset: number): CompletionWindow | undefined {
        const w = this.window;
        return w && w.text === text && w.start <= offset && offset <= w.end && (w.start > 0 || w.end < text.length) ? w : undefined;
    }

    /** Langium parses the whole text up to the cursor; parse from the start of the element instead. */
    protected override findFeaturesAt(document: TextDocument, offset: number): ReturnType<DefaultCompletionProvider['findFeaturesAt']> {
        const w = this.windowFor(document.getText(), offset);
        if (!w) return super.findFeaturesAt(document, offset);
        const part = TextDocument.create(document.uri, document.languageId, document.version, w.text.substring(w.start, offset));
        return super.findFeaturesAt(part, offset - w.start);
    }

    /** Langium lexes the whole document to find the tokens around the cursor; lex the window only. */
    protected override backtrackToAnyToken(text: string, offset: number): ReturnType<DefaultCompletionProvider['backtrackToAnyToken']> {
        const w = this.windowFor(text, offset);
        if (!w) return super.backtrackToAnyToken(text, offset);
        const found = super.backtrackToAnyToken(text.substring(w.start, w.end), offset - w.start);
        const shift = (n: number | undefined) => (n === undefined ? undefined : n + w.start);
        return {
            nextTokenStart: found.nextTokenStart + w.start,
            nextTokenEnd: found.nextTokenEnd + w.start,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd),
        };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        if (GrammarAST.isKeyword(next.feature)) return this.keywordCompletion(context, next.feature, acceptor);
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'INT' && ruleOf(next.feature) === 'GridValue') {
            return this.gridNumbers(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * After error recovery the node at the cursor can belong to another rule than the reference being
     * typed (`//` ended by a lone CR, then `{stakeholder:` gave the file's root), and Langium's scope
     * lookup then throws, logging an error: complete the reference as the rule being typed would
     * have it, or offer nothing.
     */
    protected override completionForCrossReference(
        context: CompletionContext,
        next: NextFeature<GrammarAST.CrossReference>,
        acceptor: CompletionAcceptor,
    ): MaybePromise<void> {
        const property = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature;
        if (next.type || !property || !context.node || this.refersBy(context.node.$type, property)) {
            return super.completionForCrossReference(context, next, acceptor);
        }
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        const type = rule && !rule.fragment ? GrammarUtils.getTypeName(rule) : undefined;
        if (type && this.refersBy(type, property)) return super.completionForCrossReference(context, { ...next, type }, acceptor);
    }

    /** Whether nodes of `type` refer to other nodes by `property`. */
    private refersBy(type: string, property: string): boolean {
        return this.astReflection.getTypeMetaData(type).properties[property]?.referenceType !== undefined;
    }

    /** `1` and `5` beside `low`, `medium`, `high`: the whole scale in order (see {@link GRID_VALUE_ITEMS}). */
    private gridNumbers(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const value of GRID_VALUE_ITEMS.filter(v => /^\d$/.test(v.label))) acceptor(context, this.gridItem(value.label));
    }

    private gridItem(label: string): CompletionValueItem {
        const index = GRID_VALUE_ITEMS.findIndex(v => v.label === label);
        const value = GRID_VALUE_ITEMS[index];
        return {
            label,
            kind: CompletionItemKind.EnumMember,
            sortText: `1-${pad(index)}`,
            labelDetails: {
                description: /^\d$/.test(label)
                    ? `${value.number} of 5`
                    : `= ${value.number}${value.number === 3 ? ', on the dividing line' : ''}`,
            },
            detail: value.description,
            documentation: {
                kind: 'markdown',
                value: `${value.description}\n\n*Power and interest take low (2), medium (3), high (4) or a number 1..5; above 3 is the high half of the grid, below 3 the low half, and 3 sits on the dividing line. The 1..5 scale is a convention of this language, not the Supplement's; the grid is Figure 4 of ITU-T Y Suppl. 34.*`,
            },
        };
    }

    /** `->` and `<->` between the ends of a relation, `->` before the desired engagement level. */
    private arrowKeyword(context: CompletionContext, rule: string, value: string, acceptor: CompletionAcceptor): void {
        const note = ARROW_NOTES[value];
        const text = rule === 'Engagement' ? note?.engagement : note?.relation;
        // Only while the arrow is still to type: right after a whole `->` the names that follow it are wanted.
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        if (!text || typed.length >= value.length || !value.startsWith(typed)) return;
        acceptor(context, {
            label: value,
            kind: CompletionItemKind.Operator,
            sortText: value === '->' ? '0-0' : '0-1',
            detail: text,
            documentation: { kind: 'markdown', value: `**${value}** — ${text}` },
        });
    }

    private keywordCompletion(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        const rule = ruleOf(keyword);
        const value = keyword.value;
        if (!rule) return;
        if (!/\p{L}/u.test(value)) return this.arrowKeyword(context, rule, value, acceptor);
        if (this.alreadyGiven(context, rule, value)) return;
        const text = context.textDocument.getText();
        if (entryKeywordMisplaced(rule, text.substring(text.lastIndexOf('\n', context.offset - 1) + 1, context.offset))) return;
        const stakeholder = AstUtils.getContainerOfType(context.node, isStakeholder);
        if (rule === 'Unit' || rule === 'Ministry') {
            const wanted = rule === 'Unit' ? 'municipality' : 'government';
            if (stakeholder?.group?.$refText !== wanted) return;
            return this.unitKeyword(context, rule === 'Unit' ? 'UnitType' : 'MinistryType', value, acceptor);
        }
        if (rule === 'Programme' && this.programmeElsewhere(context)) return;
        if (rule === 'Strategy') return this.strategyValue(context, value, stakeholder, acceptor);
        const processItem = processValueItem(rule, value);
        if (processItem) return acceptor(context, processItem);
        if (rule === 'Stakeholder' && value === 'stakeholder') this.snippets(context, acceptor);

        if (rule === 'GridValue') return acceptor(context, this.gridItem(value));
        const order = ORDERED_VALUES.find(list => list.includes(value));
        const note = termNote(value);
        const item: CompletionValueItem = {
            label: value,
            kind: order ? CompletionItemKind.EnumMember : CompletionItemKind.Keyword,
            detail: note?.description ?? 'Keyword',
            sortText: order ? `1-${pad(order.indexOf(value))}` : '2',
        };
        if (note) item.documentation = { kind: 'markdown', value: termMarkdown(value, note) };
        if (rule === 'EngagementLevel') Object.assign(item, this.levelDetails(context, value));
        acceptor(context, item);
    }

    /** A keyword that opens a property given at most once, and is already given elsewhere in the block. */
    private alreadyGiven(context: CompletionContext, rule: string, keyword: string): boolean {
        // The grammar says which keywords open a property given once, and in which elements' blocks.
        const blockTypes = SSC_KEYWORDS.onceKeywords.get(rule)?.get(keyword);
        if (!blockTypes) return false;
        const block = AstUtils.getContainerOfType(context.node, (node): node is AstNode => blockTypes.has(node.$type));
        if (!block?.$cstNode) return false;
        return CstUtils.streamCst(block.$cstNode).some(
            leaf =>
                GrammarAST.isKeyword(leaf.grammarSource) &&
                leaf.text === keyword &&
                !(leaf.offset <= context.tokenOffset && context.tokenOffset <= leaf.end),
        );
    }

    private programmeElsewhere(context: CompletionContext): boolean {
        const programme = this.workspaceModel.snapshot().model.programme;
        if (!programme) return false;
        return programme.file !== context.document.uri.toString() || programme.line - 1 !== context.position.line;
    }

    private unitKeyword(context: CompletionContext, kind: VocabularyKind, keyword: string, acceptor: CompletionAcceptor): void {
        const types = vocabularyList(kind).map(e => e.id);
        acceptor(context, {
            label: keyword,
            kind: CompletionItemKind.Snippet,
            sortText: '0',
            detail: kind === 'UnitType' ? 'Municipal unit (Table 2)' : 'Ministry (Table 3)',
            insertText: `${keyword} \${1:Name} "\${2:Full name}" : \${3|${types.join(',')}|}`,
            insertTextFormat: InsertTextFormat.Snippet,
            documentation: {
                kind: 'markdown',
                value: vocabularyList(kind)
                    .map(e => `- \`${e.id}\` — ${e.label}`)
                    .join('\n'),
            },
        });
    }

    private strategyValue(
        context: CompletionContext,
        value: string,
        stakeholder: Stakeholder | undefined,
        acceptor: CompletionAcceptor,
    ): void {
        const power = gridNumber(stakeholder?.power),
            interest = gridNumber(stakeholder?.interest);
        const suggested = suggestedStrategy(power, interest);
        const accepted: string[] = acceptedStrategies(power, interest);
        const note = termNote(value);
        const recommended = value === suggested;
        acceptor(context, {
            label: value,
            kind: CompletionItemKind.EnumMember,
            sortText: recommended ? '0' : `1-${pad(STRATEGIES.indexOf(value as never))}`,
            preselect: recommended || undefined,
            labelDetails: recommended
                ? { description: 'recommended' }
                : accepted.includes(value)
                  ? { description: 'fits (on a dividing line)' }
                  : undefined,
            detail: recommended
                ? `Recommended: matches the grid quadrant (power ${power}, interest ${interest})`
                : accepted.includes(value)
                  ? `Fits: power ${power}, interest ${interest} is on a dividing line, where ${accepted.length} strategies fit; the choice is yours`
                  : accepted.length === 0
                    ? `${note?.description ?? ''} Give power and interest to get a recommendation.`.trim()
                    : note?.description,
            documentation: note ? { kind: 'markdown', value: termMarkdown(value, note) } : undefined,
        });
    }

    private levelDetails(context: CompletionContext, level: string): Partial<CompletionValueItem> {
        const stakeholder = AstUtils.getContainerOfType(context.node, isStakeholder);
        const current = stakeholder?.engagement?.current;
        const afterArrow = /->\s*[\w-]*$/.test(context.textDocument.getText().substring(Math.max(0, context.offset - 200), context.offset));
        const index = levelIndex(level);
        if (afterArrow && current && index < levelIndex(current)) {
            return { labelDetails: { description: `below ${current}` }, detail: 'Lower than the current level: a regression' };
        }
        return { labelDetails: { description: `${index + 1} of ${ENGAGEMENT_LEVELS.length}` } };
    }

    private snippets(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const { model } = this.workspaceModel.snapshot();
        const choices = {
            groups: model.groups.map(g => g.id),
            stakeholders: model.stakeholders.map(s => s.id),
            municipalities: model.stakeholders.filter(s => s.group === 'municipality').map(s => s.id),
            civic: model.stakeholders.filter(s => s.group === 'citizens' || s.group === 'ngo').map(s => s.id),
            grievances: model.grievances.map(g => g.id),
            taken: [
                ...model.stakeholders.map(s => s.id),
                ...model.grievances.map(g => g.id),
                ...model.kpis.map(k => k.id),
                ...model.consultations.map(c => c.id),
                ...model.groups.map(g => g.id),
                ...(model.programme ? [model.programme.id] : []),
            ],
            today: model.programme?.asOf ?? todayIso(),
        };
        for (const snippet of sscSnippets(choices, !this.programmeElsewhere(context))) {
            acceptor(context, {
                label: snippet.keyword,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                labelDetails: { description: 'snippet' },
                sortText: '3',
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                documentation: {
                    kind: 'markdown',
                    value: `${snippet.detail}. Tab moves through the places to fill; a value left empty is reported until you fill it.\n\n\`\`\`ssc\n${snippet.preview}\n\`\`\``,
                },
            });
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const listed = this.alreadyListed(refInfo, context);
        const candidates = super.getReferenceCandidates(refInfo, context).filter(d => !listed.has(d.name));
        const typed = this.typedWord(context, 'x').typed;
        // Asked once per request: a workspace of 10,000 stakeholders ranks 20,000 candidates.
        const municipalFirst = this.prefersMunicipality(refInfo);
        return stream(
            limitCandidates(
                candidates,
                typed,
                (t, name) => this.fuzzyMatcher.match(t, name),
                d => this.sortKey(d, municipalFirst),
            ),
        );
    }

    /** Stakeholders already named in the participants of this consultation or entries of this assessment (the one being typed aside). */
    private alreadyListed(refInfo: ReferenceInfo, context: CompletionContext): Set<string> {
        const container: AstNode = refInfo.container;
        let references: Reference[] = [];
        if (isConsultation(container) && refInfo.property === 'participants') references = container.participants;
        if (isAction(container) && refInfo.property === 'with') references = container.with;
        const assessment = refInfo.property === 'stakeholder' ? AstUtils.getContainerOfType(container, isAssessment) : undefined;
        if (assessment) references = assessment.entries.map(e => e.stakeholder);
        const typing = (r: Reference) =>
            r.$refNode !== undefined && r.$refNode.offset <= context.tokenOffset && context.tokenOffset <= r.$refNode.end;
        return new Set(
            references
                .filter(r => r && !typing(r))
                .map(r => r.$refText)
                .filter(Boolean),
        );
    }

    /**
     * Whether the reference's role is best filled by the municipality: a KPI's examiner, and an action's
     * owner (actions are usually owned by the municipality or one of its departments).
     */
    private prefersMunicipality(refInfo: ReferenceInfo): boolean {
        return (
            (isKpi(refInfo.container) && refInfo.property === 'examiner') || (isAction(refInfo.container) && refInfo.property === 'owner')
        );
    }

    /**
     * The sort text of a reference candidate: standard names in the Supplement's order, then the role's
     * best fits (`municipalFirst`: see {@link prefersMunicipality}).
     */
    private sortKey(description: AstNodeDescription, municipalFirst: boolean): string {
        const kind = description.type as VocabularyKind;
        const entry = isBuiltinUri(description.documentUri.toString()) ? vocabularyEntry(kind, description.name) : undefined;
        if (entry) return `0-${pad(vocabularyList(kind).indexOf(entry))}`;
        const party = description.type === 'Unit' || description.type === 'Ministry';
        if (description.type !== 'Stakeholder' && !party) return `1-${description.name}`;
        // A unit or ministry sorts right after its stakeholder, and counts as it for those roles.
        if (!municipalFirst) return `1-${description.name}`;
        const data = this.stakeholdersById().get(party ? ownerStakeholder(description.name) : description.name);
        const role = data?.group === 'municipality' ? '0' : '1';
        return `${role}-${description.name}`;
    }

    protected override createReferenceCompletionItem(
        description: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext,
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const builtin = isBuiltinUri(description.documentUri.toString());
        const kind = description.type as VocabularyKind;
        const entry = builtin ? vocabularyEntry(kind, description.name) : undefined;
        if (entry) {
            return {
                ...item,
                kind: CompletionItemKind.EnumMember,
                sortText: this.sortKey(description, this.prefersMunicipality(refInfo)),
                detail: entry.label,
                labelDetails: { description: entry.clause },
                documentation: { kind: 'markdown', value: vocabularyMarkdown(kind, entry) },
            };
        }
        if (['Group', 'UnitType', 'MinistryType'].includes(description.type)) {
            return {
                ...item,
                kind: CompletionItemKind.Class,
                sortText: this.sortKey(description, this.prefersMunicipality(refInfo)),
                detail: `Your own ${description.type === 'Group' ? 'group' : 'type'}`,
                labelDetails: { description: 'custom' },
            };
        }
        if (description.type === 'Unit' || description.type === 'Ministry') {
            const ownerId = ownerStakeholder(description.name);
            const member = this.stakeholdersById()
                .get(ownerId)
                ?.[description.type === 'Unit' ? 'units' : 'ministries'].find(u => `${ownerId}.${u.id}` === description.name);
            return {
                ...item,
                kind: CompletionItemKind.Module,
                sortText: this.sortKey(description, this.prefersMunicipality(refInfo)),
                detail: `${description.type === 'Unit' ? 'Unit' : 'Ministry'} of ${ownerId}${member?.name ? ` · ${member.name}` : ''}`,
                labelDetails: member?.type ? { description: member.type } : undefined,
            };
        }
        if (description.type === 'Stakeholder') {
            const data = this.stakeholdersById().get(description.name);
            return {
                ...item,
                kind: CompletionItemKind.Class,
                sortText: this.sortKey(description, this.prefersMunicipality(refInfo)),
                detail: data ? [data.name, data.group].filter(Boolean).join(' · ') : 'Stakeholder',
                labelDetails: data?.group ? { description: data.group } : undefined,
            };
        }
        if (description.type === 'Unit' || description.type === 'Ministry') {
            const [owner, member] = description.name.split('.');
            const data = this.stakeholdersById().get(owner);
            const declared = [...(data?.units ?? []), ...(data?.ministries ?? [])].find(u => u.id === member);
            const what = description.type === 'Unit' ? 'Unit' : 'Ministry';
            return {
                ...item,
                kind: CompletionItemKind.Field,
                sortText: this.sortKey(description, this.prefersMunicipality(refInfo)),
                detail: [declared?.name, `${what} of ${owner}`].filter(Boolean).join(' · '),
                labelDetails: declared?.type ? { description: declared.type } : undefined,
            };
        }
        return item;
    }

    private byId?: { model: ModelData; map: Map<string, StakeholderData> };

    /** Stakeholders of the current snapshot by name, built once per snapshot (completion lists can be long). */
    private stakeholdersById(): Map<string, StakeholderData> {
        const { model } = this.workspaceModel.snapshot();
        if (this.byId?.model !== model) this.byId = { model, map: new Map(model.stakeholders.map(s => [s.id, s])) };
        return this.byId.map;
    }

    /**
     * Hyphenated names (`city-services-company`) are one word: replace all of it, not just the part
     * after the last hyphen.
     */
    protected override buildCompletionTextEdit(context: CompletionContext, label: string, newText: string): TextEdit | undefined {
        const text = context.textDocument.getText();
        const { start, typed } = this.typedWord(context, label);
        if (typed.length > 0 && !this.fuzzyMatcher.match(typed, label)) return undefined;
        // Completion also pops up right on `:` and `->`; keep the space the canonical layout puts there.
        const glued = typed.length === 0 && /[:>]$/.test(text.substring(0, start)) && /^\w/.test(newText);
        return {
            newText: glued ? ' ' + newText : newText,
            range: { start: context.textDocument.positionAt(start), end: context.position },
        };
    }

    /** The text typed so far that an item for `label` replaces; a hyphenated name counts from its start. */
    private typedWord(context: CompletionContext, label: string): { start: number; typed: string } {
        const text = context.textDocument.getText();
        let start = Math.min(context.tokenOffset, context.offset);
        if (/^[\w-]+$/.test(label)) {
            while (start > 0 && /[\w-]/.test(text[start - 1])) start--;
        } else if (/^\w+\.\w+$/.test(label)) {
            // A qualified name replaces the stakeholder name and dot typed before it as well.
            while (start > 0 && /[\w.]/.test(text[start - 1])) start--;
        }
        return { start, typed: text.substring(start, context.offset) };
    }
}
