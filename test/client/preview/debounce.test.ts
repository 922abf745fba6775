import { afterEach, describe, expect, test, vi } from 'vitest';
import { debounce } from '../../../client/preview/debounce.js';

describe('debounce', () => {
    afterEach(() => vi.useRealTimers());
    test('a burst of calls runs once, after the last one', () => {
        vi.useFakeTimers();
        const action = vi.fn();
        const run = debounce(action, 250);
        run();
        vi.advanceTimersByTime(200);
        run();
        vi.advanceTimersByTime(200);
        run();
        expect(action).not.toHaveBeenCalled();
        vi.advanceTimersByTime(250);
        expect(action).toHaveBeenCalledTimes(1);
    });
    test('cancel drops a pending run', () => {
        vi.useFakeTimers();
        const action = vi.fn();
        const run = debounce(action, 100);
        run();
        run.cancel();
        vi.advanceTimersByTime(500);
        expect(action).not.toHaveBeenCalled();
    });
    test('the default timers run where setTimeout must be called unbound (a browser worker: the web extension host)', async () => {
        const real = globalThis.setTimeout;
        // A browser's setTimeout throws "Illegal invocation" when called as a method of another object.
        const strict = function (this: unknown, run: () => void, ms?: number) {
            if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
            return real(run, ms);
        };
        vi.stubGlobal('setTimeout', strict);
        try {
            const action = vi.fn();
            const run = debounce(action, 1);
            expect(() => run()).not.toThrow();
            await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
        } finally {
            vi.unstubAllGlobals();
        }
    });
});
