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
    // Called through arrows: a browser's setTimeout called as a method of another object throws
    // "Illegal invocation" (the web extension host), and the arrows see fake timers installed later.
    timers: { set: typeof setTimeout; clear: typeof clearTimeout } = {
        set: ((run: () => void, ms?: number) => setTimeout(run, ms)) as typeof setTimeout,
        clear: handle => clearTimeout(handle),
    },
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
