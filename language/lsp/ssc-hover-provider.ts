import { AstUtils, CstUtils, DocumentState, GrammarAST, type AstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import type { CancellationToken, Hover, HoverParams } from 'vscode-languageserver-protocol';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import {
    isAction,
    isGrievance,
    isGroup,
    isKpi,
    isMinistry,
    isMinistryType,
    isStakeholder,
    isUnit,
    isUnitType,
    type Ministry,
    type Stakeholder,
    type Unit,
} from '../generated/ast.js';
import type { StakeholderAnalysis } from '../model/analysis.js';
import { plural } from '../model/words.js';
import type { SscServices } from '../ssc-module.js';
import { ruleExplanation } from '../validation/rule-explanation.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';
import { mdText } from './markdown-text.js';
import { actionCard, processCardLines, processKeywordMarkdown } from './process-hover.js';
import { termMarkdown, termNote, vocabularyEntry, vocabularyMarkdown, type VocabularyKind } from './vocabulary-docs.js';

const QUADRANT_TEXT: Record<string, string> = {
    'manage-closely': 'high power, high interest → manage closely',
    'keep-satisfied': 'high power, low interest → keep satisfied',
    'keep-informed': 'low power, high interest → keep informed',
    monitor: 'low power, low interest → monitor',
    borderline: 'on a line of the grid (a value of 3)',
    unplaced: 'not placed: power or interest is missing',
};

/** The card of a unit or ministry: its qualified name, its title, its type and whose it is. */
function memberCard(node: Unit | Ministry, owner: Stakeholder): string {
    const kind: VocabularyKind = isUnit(node) ? 'UnitType' : 'MinistryType';
    const typeId = node.type?.$refText;
    const entry = typeId ? vocabularyEntry(kind, typeId) : undefined;
    const what = isUnit(node) ? 'Municipal unit' : 'Ministry';
    const type = !typeId ? 'no type' : entry ? `\`${typeId}\` — ${entry.label} (${entry.clause})` : `\`${typeId}\` (custom type)`;
    return [
        `**${mdText(owner.name)}.${mdText(node.name)}**${node.title ? ` — ${mdText(node.title)}` : ''}`,
        '',
        `- ${what} of ${mdText(owner.name)}${owner.title ? ` (${mdText(owner.title)})` : ''}: it counts for ${mdText(owner.name)} in relations, KPIs, consultations and actions`,
        `- Type: ${type}`,
        ...(entry ? ['', entry.description] : []),
    ].join('\n');
}

/**
 * Hovers: on a standard group, unit type or ministry type, what Supplement 34 gives that role to do
 * (our words, with the clause); on a stakeholder, a summary card read from the workspace analysis;
 * on engagement levels, strategies, categories, roles and onion layers, what the value means.
 */
export class SscHoverProvider extends AstNodeHoverProvider {
    private readonly workspaceModel: WorkspaceModel;
    private readonly services: LangiumServices;

    constructor(services: SscServices) {
        super(services);
        this.services = services;
        this.workspaceModel = services.ssc.WorkspaceModel;
    }

    override async getHoverContent(
        document: LangiumDocument,
        params: HoverParams,
        cancelToken?: CancellationToken,
    ): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const rules = this.ruleExplanations(document, offset);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.end <= offset)
            return rules.length > 0 ? { contents: { kind: 'markdown', value: rules.join('\n\n---\n\n') } } : undefined;
        const targets = this.references.findDeclarations(leaf);
        const parts: string[] = [];
        for (const target of targets) {
            const content = await this.describe(target, cancelToken);
            if (content) parts.push(content);
        }
        if (parts.length === 0 && GrammarAST.isKeyword(leaf.grammarSource)) {
            const note = termNote(leaf.text);
            // IAP2 levels, statuses and salience words carry the promise and class meanings of the process forms.
            const process = processKeywordMarkdown(leaf);
            if (process) parts.push(process);
            else if (note) parts.push(termMarkdown(leaf.text, note));
        }
        parts.push(...rules);
        return parts.length > 0 ? { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: leaf.range } : undefined;
    }

    /** The full explanation of each rule reported at the offset (one per code), so a finding's hover says what the rule is for. */
    private ruleExplanations(document: LangiumDocument, offset: number): string[] {
        const text = document.textDocument;
        const codes = new Set<string>();
        for (const d of document.diagnostics ?? []) {
            if (typeof d.code !== 'string') continue;
            if (text.offsetAt(d.range.start) <= offset && offset <= text.offsetAt(d.range.end)) codes.add(d.code);
        }
        return [...codes]
            .map(code => ruleExplanation(code))
            .filter((m): m is string => m !== undefined)
            .map(m => `*Rule* ${m}`);
    }

    protected override getAstNodeHoverContent(_node: AstNode): string | undefined {
        return undefined;
    }

    private async describe(node: AstNode, cancelToken?: CancellationToken): Promise<string | undefined> {
        const builtin = isBuiltinUri(AstUtils.getDocument(node).uri.toString());
        if (isGroup(node) || isUnitType(node) || isMinistryType(node)) {
            const entry = builtin ? vocabularyEntry(node.$type as VocabularyKind, node.name) : undefined;
            if (entry) return vocabularyMarkdown(node.$type as VocabularyKind, entry);
            const what = isGroup(node)
                ? 'Custom stakeholder group: it stands beside the standard groups and counts for none of them.'
                : 'Custom type, declared in this workspace.';
            return [
                `**${mdText(node.name)}**${node.title ? ` — ${mdText(node.title)}` : ''}`,
                node.description && mdText(node.description),
                `*${what}*`,
            ]
                .filter(Boolean)
                .join('\n\n');
        }
        if (isStakeholder(node)) return this.stakeholderCard(node, cancelToken);
        if (isAction(node)) {
            const { analysis } = this.workspaceModel.snapshot();
            const line = (node.$cstNode?.range.start.line ?? 0) + 1;
            const data = analysis.actions.find(
                a => a.id === node.name && a.file === AstUtils.getDocument(node).uri.toString() && a.line === line,
            );
            return data ? actionCard(data, analysis.programme.asOf) : `**${mdText(node.name)}**`;
        }
        if ((isUnit(node) || isMinistry(node)) && isStakeholder(node.$container)) return memberCard(node, node.$container);
        if (isGrievance(node)) {
            return `**${mdText(node.name)}**${node.title ? ` — ${mdText(node.title)}` : ''}\n\nGrievance mechanism${node.established ? `, established ${node.established}` : ', no establishment date'} (clause 4.2 asks for grievance mechanisms to be established before the consultative process).`;
        }
        if (isKpi(node)) {
            return `**${mdText(node.name)}**${node.title ? ` — ${mdText(node.title)}` : ''}\n\nKPI: provided by ${mdText(node.provider?.$refText || '—')}, examined by ${mdText(node.examiner?.$refText || '—')}${node.target ? `; target ${mdText(node.target)}` : ''}.`;
        }
        return undefined;
    }

    private async stakeholderCard(node: Stakeholder, cancelToken?: CancellationToken): Promise<string> {
        const document = AstUtils.getDocument(node);
        const uri = document.uri.toString();
        const line = (node.$cstNode?.range.start.line ?? 0) + 1;
        const data: StakeholderAnalysis | undefined = this.workspaceModel
            .snapshot()
            .analysis.stakeholders.find(s => s.id === node.name && s.file === uri && s.line === line);
        const title = `**${mdText(node.name)}**${node.title ? ` — ${mdText(node.title)}` : ''}`;
        if (!data) return title;
        const group = data.group ? vocabularyEntry('Group', data.group) : undefined;
        const groupText = !data.group
            ? '—'
            : data.custom
              ? `\`${data.group}\` (custom group)`
              : `\`${data.group}\` — ${group?.label ?? ''} (clause ${group?.clause ?? '?'})`;
        const grid = data.power !== null || data.interest !== null ? ` (power ${data.power ?? '—'}, interest ${data.interest ?? '—'})` : '';
        const { current, desired, gap } = data.engagement;
        const engagement = current
            ? `${current} → ${desired ?? current}${gap ? ` (${gap > 0 ? '+' : '-'}${plural(Math.abs(gap), 'level')})` : ''}`
            : 'no current level';
        const strategy = data.strategy
            ? `${data.strategy}${data.strategyMatches === false ? ` — the quadrant suggests ${data.suggestedStrategy}` : data.strategyMatches ? ' (fits the quadrant)' : ''}`
            : data.suggestedStrategy
              ? `none declared; the quadrant suggests ${data.suggestedStrategy}`
              : 'none declared';
        return [
            title,
            '',
            `- Group: ${groupText}`,
            `- Quadrant: ${QUADRANT_TEXT[data.quadrant] ?? data.quadrant}${grid}`,
            `- Engagement: ${engagement}`,
            `- Strategy: ${strategy}`,
            ...processCardLines(data),
            `- Diagnostics: ${await this.diagnosticSummary(document, node, cancelToken)}`,
        ].join('\n');
    }

    private async diagnosticSummary(document: LangiumDocument, node: Stakeholder, cancelToken?: CancellationToken): Promise<string> {
        if (document.state < DocumentState.Validated) {
            // Hovers are served once linking is done; give validation a moment to catch up rather than report stale counts.
            const builder = this.services.shared.workspace.DocumentBuilder;
            await Promise.race([
                builder.waitUntil(DocumentState.Validated, document.uri, cancelToken).catch(() => undefined),
                new Promise(r => setTimeout(r, 1500)),
            ]);
            if (document.state < DocumentState.Validated) return 'not checked yet';
        }
        const cst = node.$cstNode;
        const text = document.textDocument;
        const inside = (document.diagnostics ?? []).filter(
            d => cst !== undefined && text.offsetAt(d.range.start) >= cst.offset && text.offsetAt(d.range.end) <= cst.end,
        );
        const errors = inside.filter(d => d.severity === 1).length,
            warnings = inside.filter(d => d.severity === 2).length;
        const others = inside.length - errors - warnings;
        if (inside.length === 0) return 'none';
        return [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning'), others && plural(others, 'note')]
            .filter(Boolean)
            .join(', ');
    }
}
