import { describe, expect, test } from 'vitest';
import { classificationView } from '../../../../language/model/views/classification-view.js';
import { summaryView } from '../../../../language/model/views/summary-view.js';
import { buildWorkspace } from '../../../helpers/workspace.js';

const MODEL = `
group Media "Local press"
group Alpha "Alpha circle"
stakeholder Press "Daily" : Media { category affected supporter  roles enabler-of-ssc }
stakeholder Lab "University lab" : academia { category active, active, beneficiary  roles enabler-of-technology, enabler-of-technology }
stakeholder Club "Alpha club" : Alpha { category affected }
stakeholder Town "Town hall" : municipality { category active  roles driver-of-technology, enabler-of-ssc }
stakeholder Loose "Nobody's" { power 2 }
stakeholder Radio "Radio" : Media { category beneficiary }
`;

describe('summary matrix', () => {
    test('standard groups in clause order, then custom groups as first met, then the ungrouped; members in model order', async () => {
        const sections = summaryView((await buildWorkspace(MODEL)).analysis());
        expect(sections.map(s => [s.group, s.custom, s.rows.map(r => r.id)])).toEqual([
            ['municipality', false, ['Town']],
            ['academia', false, ['Lab']],
            ['Media', true, ['Press', 'Radio']],
            ['Alpha', true, ['Club']],
            [null, false, ['Loose']],
        ]);
    });
});

describe('classification', () => {
    test('a stakeholder sits once in every cell its categories and roles select, in model order, repeated ones included', async () => {
        const view = classificationView((await buildWorkspace(MODEL)).analysis());
        const cell = (row: string, column: string) =>
            view.cells[view.rows.findIndex(r => r.id === row)][view.columns.findIndex(c => c.id === column)].map(s => s.id);
        expect(view.rows.map(r => r.id)).toEqual(['active', 'beneficiary', 'affected-supporter', 'affected-opponent', 'affected', 'none']);
        expect(view.columns.map(c => c.id)).toEqual(['enabler-of-technology', 'driver-of-technology', 'enabler-of-ssc', 'none']);
        expect(cell('active', 'enabler-of-technology')).toEqual(['Lab']);
        expect(cell('active', 'enabler-of-ssc')).toEqual(['Town']);
        expect(cell('beneficiary', 'enabler-of-technology')).toEqual(['Lab']);
        expect(cell('beneficiary', 'none')).toEqual(['Radio']);
        expect(cell('affected-supporter', 'enabler-of-ssc')).toEqual(['Press']);
        expect(cell('affected', 'none')).toEqual(['Club']);
        expect(cell('none', 'none')).toEqual(['Loose']);
        expect(view.cells.flat(2)).toHaveLength(8);
    });
});
