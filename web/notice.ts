/** The one-line notice under the toolbar: what just happened, with an optional action (Undo, Bring back). */

let timer: ReturnType<typeof setTimeout> | undefined;

/** Shows a message; errors stay until dismissed, other notices for a while. */
export function showNotice(message: string, kind: 'info' | 'error', action?: { label: string; run: () => void }): void {
    const box = document.getElementById('notice')!;
    const text = document.createElement('span');
    text.textContent = message;
    const parts: HTMLElement[] = [text];
    if (action) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = action.label;
        button.addEventListener('click', () => {
            box.hidden = true;
            action.run();
        });
        parts.push(button);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'dismiss';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Dismiss');
    close.addEventListener('click', () => {
        box.hidden = true;
    });
    parts.push(close);
    box.replaceChildren(...parts);
    box.className = kind;
    box.hidden = false;
    clearTimeout(timer);
    if (kind === 'info')
        timer = setTimeout(
            () => {
                box.hidden = true;
            },
            action ? 15_000 : 6_000,
        );
}
