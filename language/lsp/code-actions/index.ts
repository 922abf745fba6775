import type { IndexManager, LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { SscServices } from '../../ssc-module.js';
import { Rule, SYNTAX_CODE } from '../../validation/rule-codes.js';
import { attitudeActions } from './category-fixes.js';
import { coverageActions } from './coverage-fixes.js';
import { quickFix } from './edit-utils.js';
import { gapActions, ownerActions } from './plan-fixes.js';
import { profileActions, profileEdit } from './profile-fixes.js';
import { referenceActions, referenceEdit } from './reference-fixes.js';
import { strategyActions, strategyEdit } from './strategy-fixes.js';
import { syntaxActions, syntaxEdit } from './syntax-fixes.js';

type Actions = (document: LangiumDocument, diagnostic: Diagnostic, indexManager: IndexManager) => CodeAction[];
type Edit = (document: LangiumDocument, diagnostic: Diagnostic) => TextEdit[] | undefined;

/** The quick fixes of each rule code, and for some a "fix all in this file" built from the same edits. */
const FIXES: Record<string, { actions: Actions; fixAll?: { edit: Edit; title: string } }> = {
    [Rule.IncompleteProfile]: {
        actions: profileActions,
        fixAll: { edit: profileEdit, title: 'Add the missing profile entries to every stakeholder in the file' },
    },
    [Rule.StrategyMismatch]: {
        actions: strategyActions,
        fixAll: {
            edit: strategyEdit,
            title: "Change every mismatching strategy in the file to its quadrant's (not those on a dividing line)",
        },
    },
    [Rule.MissingStrategy]: {
        actions: strategyActions,
        fixAll: {
            edit: strategyEdit,
            title: "Add its quadrant's strategy to every stakeholder in the file that lacks one (not those on a dividing line)",
        },
    },
    [Rule.UnknownReference]: {
        actions: referenceActions,
        fixAll: { edit: referenceEdit, title: 'Correct every misspelt reference in the file that has a single close name' },
    },
    [Rule.AffectedWithoutAttitude]: { actions: attitudeActions },
    [Rule.MissingStandardGroup]: { actions: coverageActions },
    [Rule.ActionWithoutOwner]: { actions: ownerActions },
    [Rule.GapWithoutAction]: { actions: gapActions },
    [SYNTAX_CODE]: {
        actions: syntaxActions,
        fixAll: { edit: syntaxEdit, title: 'Apply every syntax fix in the file that has a single repair' },
    },
};

function codeOf(diagnostic: Diagnostic): string | undefined {
    return typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
}

/**
 * Offers the quick fixes of the rule catalogue, matched on the diagnostic code; where a rule has many
 * findings in one file, also one action that fixes them all.
 */
export class SscCodeActionProvider implements CodeActionProvider {
    private readonly indexManager: IndexManager;

    constructor(services: SscServices) {
        this.indexManager = services.shared.workspace.IndexManager;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const result: CodeAction[] = [];
        const offered = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            const code = codeOf(diagnostic);
            const fix = code ? FIXES[code] : undefined;
            if (!code || !fix) continue;
            result.push(...fix.actions(document, diagnostic, this.indexManager));
            if (fix.fixAll && !offered.has(code)) {
                offered.add(code);
                const all = this.fixAll(document, code, fix.fixAll.edit, fix.fixAll.title);
                if (all) result.push(all);
            }
        }
        return result;
    }

    private fixAll(document: LangiumDocument, code: string, edit: Edit, title: string): CodeAction | undefined {
        const fixed = (document.diagnostics ?? [])
            .filter(d => d.code === code)
            .map(d => ({ d, edits: edit(document, d) }))
            .filter((x): x is { d: Diagnostic; edits: TextEdit[] } => Boolean(x.edits));
        if (fixed.length < 2) return undefined;
        return quickFix(
            `${title} (${fixed.length})`,
            document,
            fixed.flatMap(x => x.edits),
            fixed.map(x => x.d),
        );
    }
}
