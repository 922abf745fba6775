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
});
