import { describe, expect, test } from 'vitest';
import { csvCell, escapeHtml, escapeMarkdown, mermaidText } from '../../../../language/model/render/escape.js';
import { renderCsvFiles } from '../../../../language/model/render/render-csv.js';
import { renderHtmlReport } from '../../../../language/model/render/render-html.js';
import { renderMarkdownReport } from '../../../../language/model/render/render-markdown.js';
import { DIAGRAM_VIEWS, renderDiagramSvg } from '../../../../language/model/render/report-views.js';
import { HOSTILE_MODEL } from '../../../helpers/hostile-model.js';
import { reportOf } from '../../../helpers/report.js';

describe('escaping helpers', () => {
    test('HTML: markup characters become entities, control characters are dropped', () => {
        expect(escapeHtml('<a href="x">\'&\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    });
    test('Markdown: no link, image, emphasis, table break or raw HTML can form', () => {
        expect(escapeMarkdown('[a](b) *c* | <img> `d`\nnext')).toBe('\\[a\\](b) \\*c\\* \\| &lt;img&gt; \\`d\\` next');
    });
    test('Mermaid: only harmless characters survive', () => {
        expect(mermaidText('"]: [1, 1]\n```<script>')).toBe('1, 1 script');
        expect(mermaidText('<>')).toBe('?');
    });
    test('CSV: formula starts are neutralised, quotes doubled, numbers kept', () => {
        expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
        expect(csvCell('+1')).toBe("'+1");
        expect(csvCell('-2')).toBe("'-2");
        expect(csvCell('@x')).toBe("'@x");
        expect(csvCell('\tx')).toBe("'\tx");
        expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
        expect(csvCell(-1)).toBe('-1');
        expect(csvCell(null)).toBe('');
    });
});

describe('a model full of payloads', () => {
    test('HTML report and SVG carry no live markup from the model', async () => {
        const report = await reportOf(HOSTILE_MODEL);
        // The hostile model has no actions, so the plan drawings hold none of its names (process-render.test.ts covers them).
        for (const text of [
            renderHtmlReport(report),
            ...DIAGRAM_VIEWS.filter(v => !v.startsWith('plan')).map(v => renderDiagramSvg(report, v)),
        ]) {
            expect(text).not.toMatch(/<script/i);
            expect(text).not.toMatch(/<img/i);
            expect(text).not.toMatch(/<svg[^>]*onload/i);
            expect(text).not.toMatch(/<iframe|<object|<textarea|<b /i);
            expect(text).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
            expect(text).toContain('&lt;script&gt;window.__pwned=3&lt;/script&gt;');
        }
    });

    test('Markdown keeps the payloads as text, and the Mermaid block stays well-formed', async () => {
        const md = renderMarkdownReport(await reportOf(HOSTILE_MODEL));
        expect(md).not.toMatch(/<(script|img|svg|iframe|object|a )/i);
        expect(md).not.toMatch(/(?<!\\)\[click(?<!\\)\]/);
        const block = /```mermaid\n([\s\S]*?)\n```\n/.exec(md)?.[1] ?? '';
        expect(block).toContain('quadrantChart');
        for (const line of block.split('\n').filter(l => l.includes(': ['))) {
            expect(line).toMatch(/^ {4}"[\p{L}\p{N} .,'()/_-]+": \[(0\.\d+|1), (0\.\d+|1)\]$/u);
        }
        expect(md.match(/```/g)?.length).toBe(2);
        for (const line of md.split('\n').filter(l => l.startsWith('| '))) {
            // every row of a table keeps its column count: no unescaped pipe inside a cell
            expect(line.replace(/\\\|/g, '').split('|').length).toBeGreaterThan(2);
        }
    });

    test('CSV neutralises formulas in every table', async () => {
        const files = renderCsvFiles(await reportOf(HOSTILE_MODEL));
        const summary = files.find(f => f.name === 'summary.csv')!.content;
        expect(summary).toContain(`"'=HYPERLINK(""http://evil.example"",""x""); +cmd|' /C calc'!A0"`);
        expect(summary).toContain("'-2+3; @SUM(A1)");
        const register = files.find(f => f.name === 'register.csv')!.content;
        expect(register).toContain('Target: =1+1');
        for (const file of files) {
            for (const line of file.content.split('\r\n')) {
                for (const cell of line.match(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g) ?? []) {
                    expect(cell.replace(/^,/, '').replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
                }
            }
        }
    });
});
