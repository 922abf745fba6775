import { beforeAll, describe, expect, test } from 'vitest';
import { completionsIn } from '../../helpers/completion.js';
import { createTestServices } from '../../helpers/workspace.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

const completionsAt = completionsIn(() => services);

const PARTIES = `stakeholder Council : municipality {
    unit Planning "Urban Planning Department" : urban-planning
}
stakeholder Ministry : government { ministry Infra : infrastructure-industry-it }
stakeholder Residents : citizens
`;

describe('completion of qualified unit and ministry names', () => {
    test('relation ends list each unit and ministry by qualified name, right after its stakeholder', async () => {
        const items = await completionsAt(PARTIES + 'relation <|>');
        expect(items.map(i => i.label)).toEqual(['Council', 'Council.Planning', 'Ministry', 'Ministry.Infra', 'Residents']);
        const unit = items.find(i => i.label === 'Council.Planning')!;
        expect(unit.detail).toBe('Unit of Council · Urban Planning Department');
        expect(unit.labelDetails?.description).toBe('urban-planning');
    });

    test('after the stakeholder and its dot, the qualified name replaces what was typed', async () => {
        const text = PARTIES + 'relation Residents -> Council.<|>';
        const items = await completionsAt(text);
        const unit = items.find(i => i.label === 'Council.Planning')!;
        expect(unit).toBeDefined();
        const edit = unit.textEdit && 'range' in unit.textEdit ? unit.textEdit : undefined;
        expect(edit?.newText).toBe('Council.Planning');
        expect(edit?.range.start.character).toBe('relation Residents -> '.length);
    });

    test('KPI examiners list the municipality and its units first', async () => {
        const items = await completionsAt(PARTIES + 'kpi K { examiner <|> }');
        expect(items.slice(0, 2).map(i => i.label)).toEqual(['Council', 'Council.Planning']);
    });

    test('consultation participants offer units too, leaving out those already listed', async () => {
        const items = await completionsAt(PARTIES + 'consultation H { participants Council.Planning, <|> }');
        expect(items.map(i => i.label)).toEqual(['Council', 'Ministry', 'Ministry.Infra', 'Residents']);
    });
});
