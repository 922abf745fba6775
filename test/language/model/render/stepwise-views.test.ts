import { describe, expect, test } from 'vitest';
import { LSPErrorCodes } from 'vscode-languageserver-protocol';
import { PreviewRequest } from '../../../../protocol/server-messages.js';
import { previewPayload, previewPayloadStepwise } from '../../../../language/model/render/preview-payload.js';
import { renderViews, renderViewsStepwise } from '../../../../language/model/render/report-views.js';
import { prepareViews } from '../../../../language/model/views/report-data.js';
import { buildWorkspace } from '../../../helpers/workspace.js';
import { exampleFiles, reportOf } from '../../../helpers/report.js';

describe('views computed on demand and a step at a time (the preview of a large model never blocks the server)', () => {
    test('the views rendered a step at a time are the views rendered at once, and each step lets the server breathe', async () => {
        const report = await reportOf(exampleFiles('valencia'));
        let steps = 0;
        const views = await renderViewsStepwise(report, async () => {
            steps++;
        });
        expect(views).toEqual(renderViews(await reportOf(exampleFiles('valencia'))));
        // One step per view and one per layout a view reads.
        expect(steps).toBeGreaterThan(views.length);
        const payload = await previewPayloadStepwise(report, 0, async () => undefined);
        expect(payload).toEqual(previewPayload(await reportOf(exampleFiles('valencia')), 0));
    });

    test('a step that finds the work stale abandons it', async () => {
        const report = await reportOf(exampleFiles('valencia'));
        let steps = 0;
        const stale = Object.assign(new Error('the model changed'), { code: PreviewRequest.staleCode });
        await expect(
            renderViewsStepwise(report, async () => {
                if (++steps === 3) throw stale;
            }),
        ).rejects.toBe(stale);
        expect(steps).toBe(3);
        expect(PreviewRequest.staleCode).toBe(LSPErrorCodes.ContentModified);
        expect(PreviewRequest.isStale(stale)).toBe(true);
        expect(PreviewRequest.isStale(new Error('other'))).toBe(false);
    });

    test('a view is laid out when first read, once; a spread copies every view', async () => {
        const analysis = (await buildWorkspace(exampleFiles('valencia'))).analysis();
        const views = prepareViews(analysis);
        expect(Object.getOwnPropertyDescriptor(views, 'grid')?.get).toBeTypeOf('function');
        const grid = views.grid;
        expect(Object.getOwnPropertyDescriptor(views, 'grid')?.value).toBe(grid);
        expect(views.grid).toBe(grid);
        expect(Object.getOwnPropertyDescriptor(views, 'plan')?.get).toBeTypeOf('function');
        const copy = { ...prepareViews(analysis) };
        expect(Object.getOwnPropertyDescriptor(copy, 'plan')?.value).toEqual(views.plan);
        expect(Object.keys(copy)).toEqual(expect.arrayContaining(['grid', 'plan', 'planByOwner', 'salience', 'trajectories', 'targets']));
    });
});
