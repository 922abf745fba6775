/**
 * Rule findings (diagnostics) as plain input to the views, and their attribution to the element
 * whose declaration they sit in. Works with any rule code: a finding belongs to the top-level
 * element declared at or above its line, up to the next element of the same file.
 */
import type { Analysis } from '../analysis.js';

/** One diagnostic as the report shows it; `file` is spelt as the analysis spells files. */
export interface Finding {
    readonly code: string;
    readonly message: string;
    readonly severity: 'error' | 'warning' | 'info' | 'hint';
    readonly file: string;
    /** 1-based. */
    readonly line: number;
}

/** Key of a declared element: `kind:id` (relations and assessments by their position). */
export type ElementKey = string;

interface Declared {
    key: ElementKey;
    file: string;
    line: number;
}

/** Every top-level declaration of the analysis with a key the views use for links and findings. */
export function declaredElements(analysis: Analysis): Declared[] {
    const list: Declared[] = [];
    const p = analysis.programme;
    if (p.id !== null && p.file !== null && p.line !== null) list.push({ key: `programme:${p.id}`, file: p.file, line: p.line });
    for (const s of analysis.stakeholders) list.push({ key: `stakeholder:${s.id}`, file: s.file, line: s.line });
    for (const g of analysis.groups) list.push({ key: `group:${g.id}`, file: g.file, line: g.line });
    analysis.relations.forEach((r, i) => list.push({ key: `relation:${i}`, file: r.file, line: r.line }));
    for (const k of analysis.kpis) list.push({ key: `kpi:${k.id}`, file: k.file, line: k.line });
    for (const g of analysis.grievances) list.push({ key: `grievance:${g.id}`, file: g.file, line: g.line });
    for (const c of analysis.consultations) list.push({ key: `consultation:${c.id}`, file: c.file, line: c.line });
    analysis.assessments.forEach((a, i) => list.push({ key: `assessment:${i}`, file: a.file, line: a.line }));
    for (const a of analysis.actions) list.push({ key: `action:${a.id}`, file: a.file, line: a.line });
    return list;
}

/** Findings grouped by the key of the element they fall in; findings before any element are under `''`. */
export function findingsByElement(analysis: Analysis, findings: readonly Finding[]): Map<ElementKey, Finding[]> {
    const byFile = new Map<string, Declared[]>();
    for (const d of declaredElements(analysis)) {
        const list = byFile.get(d.file) ?? [];
        list.push(d);
        byFile.set(d.file, list);
    }
    for (const list of byFile.values()) list.sort((a, b) => a.line - b.line);
    const result = new Map<ElementKey, Finding[]>();
    for (const f of findings) {
        const list = byFile.get(f.file) ?? [];
        let owner = '';
        for (const d of list) {
            if (d.line > f.line) break;
            owner = d.key;
        }
        const bucket = result.get(owner) ?? [];
        bucket.push(f);
        result.set(owner, bucket);
    }
    return result;
}
