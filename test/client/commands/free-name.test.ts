import { describe, expect, test } from 'vitest';
import { freeFileName } from '../../../client/commands/free-name.js';

describe('the name of an imported model (SSC: Import stakeholder register…)', () => {
    test("is the spreadsheet's name, numbered when taken, so no file is ever replaced", async () => {
        const taken = new Set(['register.ssc', 'register-2.ssc']);
        const exists = async (name: string) => taken.has(name);
        expect(await freeFileName('register', '.ssc', exists)).toBe('register-3.ssc');
        expect(await freeFileName('people', '.ssc', exists)).toBe('people.ssc');
    });

    test('characters a file name cannot hold are replaced', async () => {
        expect(await freeFileName('a/b:c', '.ssc', async () => false)).toBe('a-b-c.ssc');
        expect(await freeFileName('..', '.ssc', async () => false)).toBe('register.ssc');
    });
});
