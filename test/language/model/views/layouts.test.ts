import { describe, expect, test } from 'vitest';
import { layoutGrid } from '../../../../language/model/views/grid-layout.js';
import { overlaps } from '../../../../language/model/views/text-metrics.js';
import { largeModel } from '../../../helpers/large-model.js';
import { exampleFiles, reportOf } from '../../../helpers/report.js';
import { buildWorkspace } from '../../../helpers/workspace.js';

describe('grid layout', () => {
    test('stakeholders sharing a point are spread and no label covers another label or marker', async () => {
        const analysis = (await buildWorkspace(largeModel(60))).analysis();
        const grid = layoutGrid(analysis);
        expect(grid.points).toHaveLength(60 - grid.unplaced.length);
        const centres = new Set(grid.points.map(p => `${p.cx},${p.cy}`));
        expect(centres.size).toBe(grid.points.length);
        const labels = grid.points.map(p => p.label.box);
        for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++)
                expect(overlaps(labels[i], labels[j]), `${grid.points[i].id} / ${grid.points[j].id}`).toBe(false);
        }
        for (const q of grid.quadrants) for (const box of labels) expect(overlaps(q.box, box)).toBe(false);
    });

    test('borderline and unplaced stakeholders are listed beside the grid', async () => {
        const analysis = (
            await buildWorkspace(`
stakeholder A "On the line" : ngo { power 3 interest 4 }
stakeholder B "No interest" : ngo { power 4 }`)
        ).analysis();
        const grid = layoutGrid(analysis);
        expect(grid.borderline.map(b => b.id)).toEqual(['A']);
        expect(grid.borderline[0].accepted).toEqual(['manage-closely', 'keep-informed']);
        expect(grid.unplaced.map(b => b.id)).toEqual(['B']);
    });
});

describe('views of the Valencia example', () => {
    test('every view holds every stakeholder', async () => {
        const report = await reportOf(exampleFiles('valencia'));
        const ids = report.analysis.stakeholders.map(s => s.id).sort();
        expect([...report.grid.points.map(p => p.id), ...report.grid.unplaced.map(p => p.id)].sort()).toEqual(ids);
        expect(report.engagement.rows.map(r => r.id).sort()).toEqual(ids);
        expect(report.summary.flatMap(s => s.rows.map(r => r.id)).sort()).toEqual(ids);
        expect(
            report.map.nodes
                .filter(n => n.declared && !n.partOf)
                .map(n => n.id)
                .sort(),
        ).toEqual(ids);
        expect(
            report.map.nodes
                .filter(n => n.partOf)
                .map(n => n.id)
                .sort(),
        ).toEqual(['CityCouncil.Planning', 'Ministry.Infra']);
        expect(report.onion.dots.map(d => d.id).sort()).toEqual(ids);
        expect(new Set(report.classification.cells.flat(2).map(s => s.id)).size).toBe(ids.length);
    });

    test('Table 1 marks suggested strategies; the matrix shows the assessment trend', async () => {
        const report = await reportOf(`
stakeholder A "A" : ngo { power 4 interest 4 engagement resistant -> supportive }
stakeholder B "B" : ngo { power 2 interest 2 strategy monitor engagement neutral }
assessment "Q1" on 2026-01-01 { A unaware }
assessment "Q2" on 2026-04-01 { A resistant }`);
        const [a, b] = report.engagement.rows;
        expect([a.strategy, a.strategySource]).toEqual(['manage-closely', 'suggested']);
        expect([b.strategy, b.strategySource]).toEqual(['monitor', 'declared']);
        const row = report.engagement.matrix[0];
        expect(row.marks.resistant).toEqual(['C']);
        expect(row.marks.supportive).toEqual(['D']);
        expect(row.trend).toBe('rising');
        expect(row.history.map(h => h.level)).toEqual(['unaware', 'resistant']);
    });

    test('the coverage register attributes findings by file and line, whatever their code', async () => {
        const report = await reportOf(exampleFiles('valencia'), [
            { code: 'any/code', severity: 'error', file: 'engagement.ssc', line: 35, message: 'inside the hearing' },
            { code: 'other', severity: 'warning', file: 'city.ssc', line: 3, message: 'on the programme' },
        ]);
        expect(report.coverage.consultations.find(c => c.id === 'MobilityHearing')!.findings.map(f => f.message)).toEqual([
            'inside the hearing',
        ]);
        expect(report.coverage.programmeFindings.map(f => f.message)).toEqual(['on the programme']);
        expect(report.coverage.groups.find(g => g.group === 'standards-body')).toMatchObject({
            status: 'excluded',
            reason: 'Covered by the national programme',
        });
    });

    test('the interaction map lays out 60 stakeholders without overlapping nodes', async () => {
        const report = await reportOf(largeModel(60));
        expect(report.map.nodes).toHaveLength(60);
        const boxes = report.map.nodes.map(n => ({ x: n.x, y: n.y, w: n.w, h: n.h }));
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
        expect(report.map.edges.every(e => e.points.length >= 2)).toBe(true);
    });
});
