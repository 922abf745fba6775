/**
 * The preview frame's page, made at build time from the VS Code preview's own shell so both show
 * the same markup and styles. A static site has no per-response nonce, so the inline stylesheet
 * becomes a file and the policy allows only the site's own script and stylesheet.
 */
import { previewShell } from '../client/preview/preview-html.js';

/** The frame's content security policy: its own script and stylesheet, images inline, nothing else. */
export const PREVIEW_FRAME_CSP =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; object-src 'none'";

const NONCE = 'build-time-placeholder';

/** `preview.html` and `preview.css` of the playground. */
export function previewFramePage(): { html: string; css: string } {
    const shell = previewShell({ nonce: NONCE, cspSource: "'self'", scriptUri: 'preview-frame.js' });
    const style = /<style nonce="[^"]*">([\s\S]*?)<\/style>/.exec(shell);
    const csp = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/.exec(shell);
    const script = `<script nonce="${NONCE}" src="preview-frame.js"></script>`;
    if (!style || !csp || !shell.includes(script)) throw new Error('the preview shell changed shape: update web/preview-page.ts');
    const html = shell
        .replace(style[0], '<link rel="stylesheet" href="preview.css">')
        .replace(csp[0], `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_FRAME_CSP}">`)
        .replace(script, '<script src="preview-frame.js"></script>');
    return { html, css: style[1] };
}
