/**
 * A trailing-edge debounce: many calls within `delay` ms lead to one run after the last call.
 */

/** A debounced function with a way to cancel a pending run. */
export interface Debounced {
    (): void;
    cancel(): void;
}

/** Wraps `action` so that bursts of calls run it once, `delay` ms after the burst. */
export function debounce(
    action: () => void,
    delay: number,
    timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout },
): Debounced {
    let handle: ReturnType<typeof setTimeout> | undefined;
    const run = (() => {
        if (handle !== undefined) timers.clear(handle);
        handle = timers.set(() => {
            handle = undefined;
            action();
        }, delay);
    }) as Debounced;
    run.cancel = () => {
        if (handle !== undefined) timers.clear(handle);
        handle = undefined;
    };
    return run;
}
