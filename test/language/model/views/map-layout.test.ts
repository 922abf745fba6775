import { describe, expect, test } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { renderViews } from '../../../../language/model/render/report-views.js';
import { MapLayoutCache } from '../../../../language/model/views/map-elk.js';
import { layoutMap, mapGraph } from '../../../../language/model/views/map-layout.js';
import { prepareViews } from '../../../../language/model/views/report-data.js';
import type { Box } from '../../../../language/model/views/text-metrics.js';
import { largeModel } from '../../../helpers/large-model.js';
import { buildWorkspace } from '../../../helpers/workspace.js';

function elkIds(node: ElkNode): string[] {
    return [node.id, ...(node.children ?? []).flatMap(elkIds), ...(node.edges ?? []).map(e => e.id)];
}

describe('interaction map layout', () => {
    test('stakeholders and groups named like the graph itself get ids of their own', async () => {
        const analysis = (
            await buildWorkspace(`
group root "Root group"
stakeholder root "Named root" : root
stakeholder map "Named map" : root
stakeholder node "Named node" : ngo
relation root -> map : funds
relation map -> node : informs
relation node -> nobody : advises`)
        ).analysis();
        const ids = elkIds(mapGraph(analysis).graph);
        expect(ids.every(id => typeof id === 'string' && id.length > 0)).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        const map = await layoutMap(analysis);
        expect(map.nodes.map(n => n.id).sort()).toEqual(['map', 'nobody', 'node', 'root']);
        expect(map.groups.map(g => g.label)).toContain('Root group');
        expect(map.edges).toHaveLength(3);
        expect(map.edges.every(e => e.points.length >= 2)).toBe(true);
    });

    test('an edit that leaves the map alone (an aims string) gives the same graph, whose layout is reused', async () => {
        const model = (aims: string) => `
stakeholder A "Council" : municipality { aims "${aims}" }
stakeholder B "Utility" : utility-provider
relation A -> B : funds "Lighting"`;
        const before = mapGraph((await buildWorkspace(model('Clean air'))).analysis()).graph;
        const after = mapGraph((await buildWorkspace(model('Clean air and water'))).analysis()).graph;
        expect(JSON.stringify(after)).toBe(JSON.stringify(before));
        const layouts = new MapLayoutCache();
        expect(layouts.layout(after)).toBe(layouts.layout(before));
        expect(layouts.layout(structuredClone(before))).toBe(layouts.layout(before));
    });

    test('above the detail limit the map shows one node per group and relation counts between groups', async () => {
        const analysis = (await buildWorkspace(largeModel(60))).analysis();
        const map = await layoutMap(analysis, 20);
        expect(map.aggregated).toMatch(/60 stakeholders/);
        expect(map.groups).toEqual([]);
        expect(map.nodes.every(n => n.members !== null)).toBe(true);
        expect(map.nodes.reduce((sum, n) => sum + n.members!, 0)).toBe(60);
        const crossing = analysis.relations.filter(r => {
            const group = (id: string) => analysis.stakeholders.find(s => s.id === id)?.group;
            return group(r.from) !== group(r.to);
        });
        expect(map.edges.reduce((sum, e) => sum + e.count!, 0)).toBe(crossing.length);
        expect(map.edges.every(e => e.points.length >= 2)).toBe(true);
        const html = renderViews({ ...prepareViews(analysis), map }).find(v => v.id === 'map')!.html;
        expect(html).toContain('Aggregated map.');
        expect(html).not.toContain('data-ssc-ref="group-relation');
    });

    test('the aggregated map stands the groups on a ring that fits a pane: no node or count covers another, counts are drawn over the lines', async () => {
        const analysis = (await buildWorkspace(largeModel(120))).analysis();
        const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        for (const width of [undefined, 600]) {
            const map = await layoutMap(analysis, 20, undefined, { width });
            expect(map.nodes.length).toBeGreaterThanOrEqual(8);
            const boxes: Box[] = [...map.nodes, ...map.edges.map(e => e.text!)];
            for (const [i, a] of boxes.entries())
                for (const b of boxes.slice(i + 1)) expect(overlap(a, b), JSON.stringify([a, b])).toBe(false);
            for (const b of boxes) {
                expect(b.x).toBeGreaterThanOrEqual(0);
                expect(b.y).toBeGreaterThanOrEqual(0);
                expect(b.x + b.w).toBeLessThanOrEqual(map.width);
                expect(b.y + b.h).toBeLessThanOrEqual(map.height);
            }
            // Each line runs between the borders of its two nodes (straight, one segment).
            const node = (id: string) => map.nodes.find(n => n.group === id)!;
            for (const e of map.edges) {
                expect(e.points).toHaveLength(2);
                const near = (p: { x: number; y: number }, n: Box) =>
                    p.x >= n.x - 4 && p.x <= n.x + n.w + 4 && p.y >= n.y - 4 && p.y <= n.y + n.h + 4;
                expect(near(e.points[0], node(e.from)) && near(e.points[1], node(e.to))).toBe(true);
            }
            if (width === undefined) expect(map.width).toBeLessThan(1400);
            else expect(map.height).toBeGreaterThan(map.width);
            const svg = renderViews({ ...prepareViews(analysis), map }).find(v => v.id === 'map')!.html;
            expect(svg.lastIndexOf('class="edge"')).toBeLessThan(svg.indexOf('class="edge-label"'));
        }
    });
});

describe('units and ministries on the interaction map', () => {
    test("a unit named in a relation sits in its stakeholder's group box, attached to it by a dashed line", async () => {
        const analysis = (
            await buildWorkspace(`
stakeholder Council "City Council" : municipality { unit Planning "Urban Planning" : urban-planning }
stakeholder Ministry : government { ministry Infra "Infrastructure" : infrastructure-industry-it }
stakeholder Residents : citizens
relation Council.Planning -> Residents : consults
relation Ministry.Infra -> Council : advises`)
        ).analysis();
        const map = await layoutMap(analysis);
        const planning = map.nodes.find(n => n.id === 'Council.Planning')!;
        expect(planning).toMatchObject({ name: 'Urban Planning', group: 'municipality', partOf: 'Council', declared: true });
        expect(planning.lines.at(-1)).toBe('unit of City Council');
        expect(map.nodes.find(n => n.id === 'Ministry.Infra')).toMatchObject({ group: 'government', partOf: 'Ministry' });
        expect(map.nodes.map(n => n.group)).not.toContain('(undeclared)');
        const box = map.groups.find(g => g.id === 'municipality')!;
        expect(planning.x).toBeGreaterThanOrEqual(box.x);
        expect(planning.x + planning.w).toBeLessThanOrEqual(box.x + box.w);
        const attach = map.edges
            .filter(e => e.membership)
            .map(e => `${e.from} part of ${e.to}`)
            .sort();
        expect(attach).toEqual(['Council.Planning part of Council', 'Ministry.Infra part of Ministry']);
        const svg = renderViews({ ...prepareViews(analysis), map }).find(v => v.id === 'map')!.html;
        expect(svg).toContain('class="edge member"');
        expect(svg).toContain('3 stakeholders (and 2 units or ministries attached to their stakeholder) in 3 groups and 2 relations.');
    });
});
