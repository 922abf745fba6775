import type { GrammarVocabulary } from './grammar-vocabulary.js';

/** How messages speak of a rule of the grammar: a noun, and a short example of the whole form. */
interface RuleWords {
    readonly noun: string;
    readonly example?: string;
    /** The allowed values in words, where a plain list of keywords would not say enough. */
    readonly choices?: string;
}

const RULE_WORDS: Record<string, RuleWords> = {
    Model: { noun: 'model' },
    Element: { noun: 'element' },
    Programme: { noun: 'programme', example: 'programme Valencia2030 "Smart Valencia 2030" { city "Valencia" }' },
    Review: { noun: 'review cadence', example: 'review every 6 months' },
    Exclusion: { noun: 'exclusion', example: 'excludes standards-body "Covered by the national programme"' },
    Stakeholder: { noun: 'stakeholder', example: 'stakeholder Folks "Residents" : citizens' },
    Category: {
        noun: 'category',
        example: 'category affected supporter',
        choices: 'active, beneficiary, affected supporter or affected opponent',
    },
    GridValue: { noun: 'level', example: 'power high', choices: 'low, medium, high or a number from 1 to 5' },
    Engagement: { noun: 'engagement', example: 'engagement neutral -> supportive' },
    StrategyDecl: { noun: 'strategy', example: 'strategy keep-informed' },
    Unit: { noun: 'unit', example: 'unit Planning "Urban Planning Department" : urban-planning' },
    Ministry: { noun: 'ministry', example: 'ministry Infra "Infrastructure and IT" : infrastructure-industry-it' },
    Group: { noun: 'group', example: 'group LocalMedia "Local press and radio"' },
    UnitType: { noun: 'unit type', example: 'unit-type Tourism "Tourism office"' },
    MinistryType: { noun: 'ministry type', example: 'ministry-type Culture "Culture"' },
    Relation: { noun: 'relation', example: 'relation Residents -> CityCouncil : provides-data' },
    Kpi: { noun: 'KPI', example: 'kpi WaterLosses "Network water losses (%)" { provider WaterCo }' },
    Grievance: { noun: 'grievance mechanism', example: 'grievance Ombudsman "Municipal ombudsman" established 2026-01-10' },
    Consultation: { noun: 'consultation', example: 'consultation Hearing "Mobility plan hearing" { date 2026-03-15 }' },
    Assessment: { noun: 'assessment', example: 'assessment "2026-Q1" on 2026-03-31 { CityCouncil supportive }' },
    AssessmentEntry: { noun: 'assessment entry', example: 'CityCouncil supportive' },
    Action: { noun: 'action', example: 'action WaterTalks "Quarterly review" { with WaterCo owner CityCouncil }' },
    Scale: { noun: 'scale' },
    Sector: { noun: 'sector' },
    TechnologyRole: { noun: 'technology role' },
    EngagementLevel: { noun: 'engagement level' },
    Strategy: { noun: 'strategy' },
    OnionLayer: { noun: 'onion layer' },
    RelationKind: { noun: 'relation kind' },
    Name: { noun: 'name' },
    Ident: { noun: 'name' },
    QualifiedName: { noun: 'name', example: 'CityCouncil.Planning' },
    ActionStatus: {
        noun: 'status',
        example: 'status done 2026-05-02',
        choices: 'open, done (with an optional date) or dropped (with an optional reason)',
    },
    Iap2Level: { noun: 'IAP2 level' },
};

/** Rules that read a name (an identifier, possibly qualified or hyphenated), not a value of a closed set. */
export const NAME_RULES: ReadonlySet<string> = new Set(['Ident', 'QualifiedName', 'Name']);

/** The rule's name without the marker Langium appends to Chevrotain rule names. */
export function plainRuleName(ruleName: string | undefined): string {
    return (ruleName ?? 'Model').replace(/\u200B/g, '');
}

/** The noun for a rule (`GridValue` → "level"); rules without an entry get their name split into words. */
export function ruleNoun(rule: string): string {
    return (
        RULE_WORDS[rule]?.noun ??
        rule
            .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
            .replace(/(Decl|Entry)$/, '')
            .trim()
            .toLowerCase()
    );
}

/** A short example of the rule's form, if we have one. */
export function ruleExample(rule: string): string | undefined {
    return RULE_WORDS[rule]?.example;
}

/** "a" or "an" before a noun. */
export function article(noun: string): string {
    return /^[aeiou]/i.test(noun) && !/^(unit|usage|one)/i.test(noun) ? 'an' : 'a';
}

/** Joins words as "a, b or c". */
export function orList(words: readonly string[]): string {
    if (words.length <= 1) return words.join('');
    return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const TERMINAL_WORDS: Record<string, string> = {
    ID: 'a name',
    HYPHEN_ID: 'a name',
    STRING: 'a text in double quotes',
    INT: 'a whole number',
    DATE: 'a date written YYYY-MM-DD',
    EOF: 'the end of the file',
};

/** A token type in plain words: keywords as themselves, terminals described ("a name"). */
export function tokenWords(tokenName: string, rule?: string): string {
    if (tokenName === 'INT' && rule === 'GridValue') return 'a number from 1 to 5';
    return TERMINAL_WORDS[tokenName] ?? tokenName;
}

/**
 * The choices a place allows, in words: the rule's own phrasing where it has one, else the keywords
 * and described terminals of the expected tokens, without repeats ("low, medium, high or a number").
 */
export function choicesInWords(rule: string, expected: readonly string[], vocabulary: GrammarVocabulary): string {
    const own = RULE_WORDS[rule]?.choices;
    if (own) return own;
    const words = [
        ...new Set(expected.filter(t => t !== 'EOF').map(t => (vocabulary.isKeyword(t) ? keywordWords(t) : tokenWords(t, rule)))),
    ];
    return orList(words);
}

/** A keyword as a message writes it: words as they are (`low`), punctuation in backticks. */
export function keywordWords(keyword: string): string {
    return /^[a-z][a-z-]*$/i.test(keyword) ? keyword : '`' + keyword + '`';
}

/** A token's text as a message quotes it, shortened when long. */
export function quoteToken(image: string): string {
    const text = image.length > 30 ? image.slice(0, 27) + '…' : image;
    return '`' + text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ') + '`';
}
