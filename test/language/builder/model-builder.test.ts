import { describe, expect, test } from 'vitest';
import { renderCsvFiles } from '../../../language/model/render/render-csv.js';
import { renderHtmlReport } from '../../../language/model/render/render-html.js';
import { renderMarkdownReport } from '../../../language/model/render/render-markdown.js';
import { DIAGRAM_VIEWS, renderDiagramSvg } from '../../../language/model/render/report-views.js';
import { prepareReport, prepareViews } from '../../../language/model/views/report-data.js';
import { buildWorkspace } from '../../helpers/workspace.js';

// Half-typed declarations as error recovery leaves them (found by the fuzzer: `text is not iterable`).
const HALF_TYPED = `
stakeholder Council "City council" : municipality { power 5 interest 4 aims "Cleaner air", }
stakeholder Grid : utility-provider { category affected roles }
relation Council -> Grid "Street-lighting retrofit"
relation Grid -> Council : funds
relation Grid ->
`;

describe('model data from half-typed declarations', () => {
    test('a relation without its kind keeps an empty kind, never undefined', async () => {
        const analysis = (await buildWorkspace(HALF_TYPED)).analysis();
        expect(analysis.relations.length).toBeGreaterThanOrEqual(2);
        for (const r of analysis.relations) {
            expect(typeof r.kind).toBe('string');
            expect(typeof r.mutual).toBe('boolean');
        }
        expect(analysis.relations.find(r => r.from === 'Council')?.kind).toBe('');
        for (const s of analysis.stakeholders) {
            expect(s.categories.every(c => typeof c === 'string')).toBe(true);
            expect(
                Object.values(s.profile)
                    .flat()
                    .every(v => typeof v === 'string'),
            ).toBe(true);
        }
    });

    test('every format renders a model with a relation that lost its kind', async () => {
        const analysis = (await buildWorkspace(HALF_TYPED)).analysis();
        const report = await prepareReport(analysis);
        expect(renderHtmlReport(report)).toContain('City council');
        expect(renderMarkdownReport(prepareViews(analysis))).toContain('City council');
        expect(renderCsvFiles(prepareViews(analysis)).length).toBeGreaterThan(0);
        for (const view of DIAGRAM_VIEWS) expect(renderDiagramSvg(report, view)).toMatch(/^<svg/);
    });
});
