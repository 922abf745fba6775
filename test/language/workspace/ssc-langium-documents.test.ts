import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { Rule } from '../../../language/validation/rule-codes.js';
import { buildWorkspace, createTestServices } from '../../helpers/workspace.js';

describe('the document store remembers documents found by URI', () => {
    test('a document looked up, then removed, replaced or joined by a folder of others, is found as it is now', async () => {
        const { shared } = await createTestServices();
        const documents = shared.workspace.LangiumDocuments;
        const factory = shared.workspace.LangiumDocumentFactory;
        const a = URI.parse('file:///w/a.ssc');
        const first = factory.fromString('stakeholder A : ngo', a);
        documents.addDocument(first);
        expect(documents.getDocument(a)).toBe(first);
        expect(documents.getDocument(URI.parse('file:///w/a.ssc'))).toBe(first);
        documents.deleteDocument(a);
        expect(documents.getDocument(a)).toBeUndefined();
        const second = factory.fromString('stakeholder B : ngo', a);
        documents.addDocument(second);
        expect(documents.getDocument(a)).toBe(second);
        documents.deleteDocuments(URI.parse('file:///w'));
        expect(documents.getDocument(a)).toBeUndefined();
        expect(documents.hasDocument(a)).toBe(false);
    });

    test('a stale level points at the assessment of the file as it was rebuilt, after that file was removed and added again', async () => {
        const ws = await buildWorkspace({
            'people.ssc': 'stakeholder A : ngo {\n    engagement neutral -> supportive\n}',
            'survey.ssc': 'assessment "Q1" on 2026-01-10 {\n    A resistant\n}',
        });
        const at = () => ws.withCode(Rule.StaleLevel).map(d => d.relatedInformation?.[0]?.location.range.start.line);
        expect(at()).toEqual([1]);
        const { shared } = ws.services;
        const survey = URI.parse('file:///work/survey.ssc');
        await shared.workspace.DocumentBuilder.update([], [survey]);
        const moved = shared.workspace.LangiumDocumentFactory.fromString(
            '// moved down\n\nassessment "Q1" on 2026-01-10 {\n    A resistant\n}',
            survey,
        );
        shared.workspace.LangiumDocuments.addDocument(moved);
        await shared.workspace.DocumentBuilder.build([moved, ws.documents.get('people.ssc')!], { validation: true });
        const people = shared.workspace.LangiumDocuments.getDocument(URI.parse('file:///work/people.ssc'))!;
        const stale = (people.diagnostics ?? []).filter(d => d.code === Rule.StaleLevel);
        expect(stale.map(d => d.relatedInformation?.[0]?.location.range.start.line)).toEqual([3]);
    });
});
