import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RULES, ruleInfo } from '../../../language/validation/rule-codes.js';
import { ROOT } from '../../helpers/cli.js';
import { buildWorkspace } from '../../helpers/workspace.js';

/**
 * The diagnostic message style of the whole catalogue: one short first sentence that stands alone
 * (what is wrong, where), then the why and the clause; a rule whose basis is a convention says so
 * and never attributes it to the Supplement; an S rule cites its clause; no line breaks.
 */

// A workspace that triggers nearly every rule at least once.
const SINK = `programme P "Sink" { as-of 2026-06-30 }
programme Q { as-of 2026-06-30 }
stakeholder Council "City" : municipality {
    scale local
    sector public
    category active
    power high
    interest high
    interest high
    engagement supportive -> neutral
    strategy monitor
    unit Planning : urban-planning
    unit Planning : finance
}
stakeholder Council : municipality
stakeholder Uni : academia {
    category active, affected
    power 2
    interest 4
    engagement leading
}
stakeholder Water : utility-provider {
    sector private
    power 5
    interest 7
    engagement resistant
    ministry Energy : energy
}
stakeholder Firm : ict-company { sector private power 4 interest 4 engagement unaware -> neutral strategy manage-closely }
stakeholder Line : urban-planner { power 3 interest 4 engagement neutral }
stakeholder Lone : LocalMedia
group LocalMedia
relation Uni -> Nobody : informs
relation Uni -> Uni : informs
relation Firm -> Line : funds
relation Firm -> Line : funds
relation Council.Nowhere -> Firm : informs
kpi K1 { provider Water examiner Water }
kpi K2 { provider Water examiner Uni }
grievance Late established 2026-03-20
grievance Undated
grievance Bad established 2026-02-30
consultation C1 { date 2026-03-15 participants Firm, Water grievance Late }
consultation C2 { date 2026-03-20 participants Firm information-shared 2026-03-25 grievance Undated }
consultation C3 { date 2026-04-01 participants Firm information-shared 2026-03-01 }
consultation C4 { date 2026-04-01 participants Firm information-shared 2026-03-01 }
assessment "Q1" on 2026-03-31 { Firm neutral }
programme R { review every 0 months }
`;

// Rules whose checks belong to the process forms (another branch); their messages are checked when they fire.
const NOT_IN_SINK = new Set([
    'process/review-overdue',
    'process/never-assessed',
    'plan/gap-without-action',
    'plan/overdue-action',
    'plan/action-without-owner',
    'plan/participation-below-strategy',
    'plan/empower-without-decision',
]);

/** The first sentence of a message: up to the first full stop, question mark or exclamation mark followed by a space or the end. */
function firstSentence(message: string): string {
    return /^.*?[.?!](?=\s|$)/.exec(message)?.[0] ?? message;
}

/** How a basis' clause appears in a message: `S 4.2 (principle 1)` → "clause 4.2"; `S Tables 2, 3` → "Table 2" or "Table 3". */
function clauseOf(basis: string): RegExp {
    const clause = basis.replace(/^S /, '').replace(/\s*\(.*\)$/, '');
    if (clause.startsWith('Table')) return /Table [23]/;
    return new RegExp(`clause ${clause.replace(/\./g, '\\.')}\\b`, 'i');
}

type Found = Diagnostic & { file: string };
let found: Found[] = [];

beforeAll(async () => {
    const sink = await buildWorkspace({ 'sink.ssc': SINK });
    found = [...sink.documents.keys()].flatMap(f => sink.diagnostics(f).map(d => ({ ...d, file: f })));
    for (const example of ['valencia', 'first-model']) {
        const folder = path.join(ROOT, 'examples', example);
        const files = Object.fromEntries(
            readdirSync(folder)
                .filter(f => f.endsWith('.ssc'))
                .map(f => [f, readFileSync(path.join(folder, f), 'utf8')]),
        );
        const ws = await buildWorkspace(files);
        found.push(...[...ws.documents.keys()].flatMap(f => ws.diagnostics(f).map(d => ({ ...d, file: `${example}/${f}` }))));
    }
    found = found.filter(d => typeof d.code === 'string' && ruleInfo(d.code));
});

describe('rule messages', () => {
    test('the sink workspace triggers every catalogue rule that has a check on this branch', () => {
        const codes = new Set(found.map(d => d.code));
        expect(RULES.map(r => r.code).filter(c => !codes.has(c) && !NOT_IN_SINK.has(c))).toEqual([]);
    });

    test('no message holds a line break', () => {
        expect(found.filter(d => /[\r\n]/.test(d.message)).map(d => d.code)).toEqual([]);
    });

    test('each opens with one short sentence (at most 120 characters) that stands alone, then says more', () => {
        for (const d of found) {
            const first = firstSentence(d.message);
            expect(first.length, `${d.code}: ${first}`).toBeLessThanOrEqual(120);
            expect(first, String(d.code)).toMatch(/^[A-Z0-9'"]/);
            expect(first, String(d.code)).not.toMatch(/^(It|They|Its|Their|Also|But|And|So)\b/);
        }
    });

    test('a rule with a basis explains why after its first sentence', () => {
        for (const d of found.filter(x => ruleInfo(x.code as string)!.basis)) {
            expect(d.message.length - firstSentence(d.message).length, `${d.code}: ${d.message}`).toBeGreaterThan(40);
        }
    });

    test("a convention (basis C) says so, and is never put in the Supplement's mouth", () => {
        const conventions = found.filter(d => ruleInfo(d.code as string)!.basis?.startsWith('C'));
        expect(conventions.length).toBeGreaterThan(0);
        for (const d of conventions) {
            expect(d.message, d.code as string).toMatch(/by convention|common practice|a convention/i);
            expect(d.message, d.code as string).not.toMatch(
                /(Supplement|clause [\d.]+ ?[a-z]?) (requires|forbids|demands|insists|mandates)/i,
            );
        }
    });

    test("a rule based on the Supplement's text (basis S) cites its clause", () => {
        for (const d of found) {
            const basis = ruleInfo(d.code as string)!.basis;
            if (basis?.startsWith('S')) expect(d.message, `${d.code}: ${d.message}`).toMatch(clauseOf(basis));
        }
    });

    test('no message overstates the Supplement: it has no requirements, only recommendations and descriptions', () => {
        for (const d of found) {
            expect(d.message, d.code as string).not.toMatch(/Supplement (requires|forbids|mandates)|never to lower|clause 6 asks for all/i);
        }
    });

    test('the bundled examples are read against the same style (they are part of the sample)', () => {
        expect(found.some(d => d.file.startsWith('first-model/'))).toBe(true);
    });
});
