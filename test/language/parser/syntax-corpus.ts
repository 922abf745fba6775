/**
 * Typical mistakes of a new user, each with what the first syntax message must say and, where a quick
 * fix applies, a text the fixed document must contain (it must then parse without syntax errors).
 */
export interface SyntaxMistake {
    readonly name: string;
    readonly text: string;
    /** 1-based line of the first syntax diagnostic. */
    readonly line: number;
    readonly message: RegExp;
    /** Text the document holds after the first quick fix; absent when no fix applies. */
    readonly fixed?: string;
}

const s = (body: string) => `stakeholder Folks "Residents" : citizens {\n    ${body}\n    power low\n}\n`;
const property = (typo: string, right: string, value: string, owner = 'stakeholder'): SyntaxMistake => ({
    name: `misspelt ${owner} property ${right}`, text: s(`${typo} ${value}`), line: 2,
    message: new RegExp(`^\`${typo}\` is not a ${owner} property — did you mean \`${right}\`\\?`), fixed: `${right} ${value}`,
});
const value = (entry: string, typo: string, right: string, noun: string): SyntaxMistake => ({
    name: `misspelt ${noun} ${right}`, text: s(`${entry} ${typo}`), line: 2,
    message: new RegExp(`^\`${typo}\` is not an? ${noun}.*did you mean \`${right}\`\\?`), fixed: `${entry} ${right}`,
});

export const SYNTAX_MISTAKES: readonly SyntaxMistake[] = [
    property('intrest', 'interest', 'high'),
    property('pwer', 'power', 'high'),
    property('scal', 'scale', 'local'),
    property('sectr', 'sector', 'public'),
    property('categry', 'category', 'active'),
    property('role', 'roles', 'enabler-of-ssc'),
    property('engagment', 'engagement', 'neutral'),
    property('stratgy', 'strategy', 'monitor'),
    property('onoin', 'onion', 'core'),
    property('aim', 'aims', '"Cleaner air"'),
    property('challenge', 'challenges', '"Budget"'),
    property('potentials', 'potential', '"Local knowledge"'),
    property('constraint', 'constraints', '"Time"'),
    property('contribution', 'contributions', '"Data"'),
    property('legitimcy', 'legitimacy', 'high'),
    property('urgncy', 'urgency', 'high'),
    value('power', 'hgh', 'high', 'level'),
    value('interest', 'meduim', 'medium', 'level'),
    value('scale', 'locl', 'local', 'scale'),
    value('sector', 'pubic', 'public', 'sector'),
    value('category', 'benificiary', 'beneficiary', 'category'),
    value('roles', 'enabler-of-ssd', 'enabler-of-ssc', 'technology role'),
    value('engagement', 'nuetral', 'neutral', 'engagement level'),
    value('strategy', 'keep-informd', 'keep-informed', 'strategy'),
    value('onion', 'dirct', 'direct', 'onion layer'),
    {
        name: 'misspelt attitude', text: s('category affected suporter'), line: 2,
        message: /^`suporter` does not fit .*did you mean `supporter`\?/, fixed: 'category affected supporter',
    },
    {
        name: 'misspelt desired level', text: s('engagement neutral -> suportive'), line: 2,
        message: /^`suportive` is not an engagement level.*did you mean `supportive`\?/, fixed: 'engagement neutral -> supportive',
    },
    {
        name: 'misspelt relation kind', text: 'stakeholder A : ngo\nstakeholder B : ngo\nrelation A -> B : fundz\n', line: 3,
        message: /^`fundz` is not a relation kind — did you mean `funds`\?/, fixed: 'relation A -> B : funds',
    },
    {
        name: 'misspelt IAP2 level', text: 'consultation Hearing "Hearing" {\n    level involv\n    date 2026-03-15\n}\n', line: 2,
        message: /^`involv` is not an IAP2 level.*did you mean `involve`\?/, fixed: 'level involve',
    },
    {
        name: 'misspelt action status', text: 'action Talks "Talks" {\n    status opn\n    due 2026-09-30\n}\n', line: 2,
        message: /^`opn` is not a status.*did you mean `open`\?/, fixed: 'status open',
    },
    {
        name: 'misspelt assessment level', text: 'stakeholder A : ngo\nassessment "Q1" on 2026-03-31 {\n    A suportive\n}\n', line: 3,
        message: /^`suportive` is not an engagement level.*did you mean `supportive`\?/, fixed: 'A supportive',
    },
    { name: 'misspelt element keyword stakeholder', text: 'stakholder A : ngo\nstakeholder B : ngo\n', line: 1, message: /^`stakholder` does not start an element — did you mean `stakeholder`\?/, fixed: 'stakeholder A : ngo' },
    { name: 'misspelt element keyword programme', text: 'programe P "P" {\n    city "X"\n}\n', line: 1, message: /^`programe` does not start an element — did you mean `programme`\?/, fixed: 'programme P' },
    { name: 'misspelt element keyword relation', text: 'stakeholder A : ngo\nrelaton A -> A : funds\n', line: 2, message: /did you mean `relation`\?/, fixed: 'relation A -> A' },
    { name: 'misspelt element keyword consultation', text: 'consultaton H "H" {\n    date 2026-03-15\n}\n', line: 1, message: /did you mean `consultation`\?/, fixed: 'consultation H' },
    { name: 'misspelt programme property', text: 'programme P "P" {\n    citty "Valencia"\n    as-of 2026-06-30\n}\n', line: 2, message: /^`citty` is not a programme property — did you mean `city`\?/, fixed: 'city "Valencia"' },
    { name: 'misspelt consultation property', text: 'consultation H "H" {\n    feedbak "Report"\n}\n', line: 2, message: /^`feedbak` is not a consultation property — did you mean `feedback`\?/, fixed: 'feedback "Report"' },
    { name: 'misspelt KPI property', text: 'stakeholder A : ngo\nkpi K "K" {\n    provder A\n}\n', line: 3, message: /^`provder` is not a KPI property — did you mean `provider`\?/, fixed: 'provider A' },
    { name: 'misspelt action property', text: 'stakeholder A : ngo\naction T "T" {\n    ownr A\n}\n', line: 3, message: /^`ownr` is not an action property — did you mean `owner`\?/, fixed: 'owner A' },
    { name: 'a number in words', text: 'programme P "P" {\n    review every six months\n}\n', line: 2, message: /^A whole number is needed after `every`, not `six` — did you mean `6`\?/, fixed: 'review every 6 months' },
    { name: 'missing colon in a stakeholder', text: 'stakeholder Folks "Residents" citizens\n', line: 1, message: /^A stakeholder needs `:` and its group after its name, e\.g\. `stakeholder Folks "Residents" : citizens`\.$/, fixed: '"Residents" : citizens' },
    { name: 'missing colon in a unit', text: 'stakeholder C : municipality {\n    unit P "Planning" urban-planning\n}\n', line: 2, message: /^A unit needs `:` and its unit type after its name/, fixed: 'unit P "Planning" : urban-planning' },
    {
        name: 'missing brace before the next element', text: 'stakeholder A : ngo {\n    power low\n\nstakeholder B : ngo {\n    power high\n}\n', line: 1,
        message: /^The `\{` of `stakeholder A` on line 1 is never closed: add `\}` before line 4\.$/, fixed: '    power low\n}\n',
    },
    { name: 'missing brace at the end of the file', text: 'stakeholder A : ngo {\n    power low\n', line: 1, message: /^The `\{` of `stakeholder A` on line 1 is never closed: add `\}` at the end of the file\.$/, fixed: '    power low\n}\n' },
    { name: 'a stray comma', text: s('category active,'), line: 3, message: /^This `,` is followed by no further value: remove it/, fixed: 'category active\n' },
    { name: 'a missing comma between texts', text: s('aims "Cleaner air" "Less noise"'), line: 2, message: /^A `,` is missing between `"Cleaner air"` and `"Less noise"`/, fixed: 'aims "Cleaner air", "Less noise"' },
    { name: 'a missing comma between values', text: s('category active beneficiary'), line: 2, message: /^A `,` is missing between `active` and `beneficiary`/, fixed: 'category active, beneficiary' },
    { name: 'a missing arrow in engagement', text: s('engagement neutral supportive'), line: 2, message: /^`->` is missing between `neutral` and `supportive`/, fixed: 'engagement neutral -> supportive' },
    { name: 'a property in the wrong block', text: s('provider Folks'), line: 2, message: /^`provider` is not a stakeholder property: it belongs in the block of a KPI\./ },
    { name: 'a date in the day/month/year format', text: 'grievance G "G" established 15/03/2026\n', line: 1, message: /^`15\/03\/2026` is not a date in the form YYYY-MM-DD: write `2026-03-15`\.$/, fixed: 'established 2026-03-15' },
    { name: 'a date with slashes', text: 'consultation H "H" {\n    date 2026/03/15\n}\n', line: 2, message: /^`2026\/03\/15` is not a date in the form YYYY-MM-DD: write `2026-03-15`\.$/, fixed: 'date 2026-03-15' },
    { name: 'a date without leading zeros', text: 'consultation H "H" {\n    date 2026-3-5\n}\n', line: 2, message: /^`2026-3-5` is not a date in the form YYYY-MM-DD: write `2026-03-05`\.$/, fixed: 'date 2026-03-05' },
    { name: 'a name with a space', text: 'stakeholder City Council "City council" : municipality {\n    power high\n}\n', line: 1, message: /^A name is one word, but `City Council` has a space: write `CityCouncil`/, fixed: 'stakeholder CityCouncil "City council"' },
    { name: 'a semicolon', text: s('interest high;'), line: 2, message: /^`;` is not used in \.ssc files/, fixed: 'interest high\n' },
    { name: 'single quotes', text: "stakeholder A 'Residents' : citizens\n", line: 1, message: /^Texts are written in double quotes: write `"Residents"`/, fixed: 'stakeholder A "Residents" : citizens' },
    { name: 'an unclosed text', text: 'stakeholder A "Residents : citizens\nstakeholder B : ngo\n', line: 1, message: /^This text has no closing `"` on its line/, fixed: 'stakeholder A "Residents" : citizens' },
    { name: 'a fat arrow', text: 'stakeholder A : ngo\nrelation A => A : funds\n', line: 2, message: /^`=>` is not an arrow of the language/, fixed: 'relation A -> A : funds' },
    { name: 'a colon after a property', text: s('interest: high'), line: 2, message: /^`interest` takes its value without a colon/, fixed: 'interest high' },
    { name: 'a brace too many', text: 'stakeholder A : ngo {\n    power low\n}\n}\nstakeholder B : ngo\n', line: 4, message: /^This `\}` closes no block: remove it/, fixed: '}\nstakeholder B' },
    { name: 'a property without value', text: s('interest'), line: 2, message: /^Low, medium, high or a number from 1 to 5 is missing after `interest`: add it on the same line\./ },
    { name: 'a keyword used as a name', text: 'stakeholder monitor "Monitor" : ngo\n', line: 1, message: /^`monitor` is a keyword of the language, so it cannot be used as a name here/ },
    { name: 'an accented letter in a name', text: 'stakeholder Câmara : municipality\n', line: 1, message: /^`â` cannot be part of a name/ },
    { name: 'a missing name', text: 'stakeholder "Residents" : citizens\n', line: 1, message: /^A name is needed after `stakeholder`, before the text `"Residents"`/ },
];
