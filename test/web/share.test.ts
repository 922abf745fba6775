import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { cleanFileName, nameOf, uriOf } from '../../web/file-names.js';
import { decodeShare, encodeShare, MAX_LINK_CHARS, ShareLinkError } from '../../web/share.js';

const link = (json: unknown) => `#model=${Buffer.from(deflateSync(strToU8(JSON.stringify(json)))).toString('base64url')}`;

describe('share links', () => {
    test('a model survives the round trip, markup and non-Latin text included', () => {
        const files = [
            { name: 'city.ssc', text: 'stakeholder A "<script>alert(1)</script> Ñandú 城市" : citizens\n' },
            { name: 'b.ssc', text: '' },
        ];
        const fragment = encodeShare({ files, active: 'b.ssc' });
        expect(fragment).toMatch(/^model=[A-Za-z0-9_-]+$/);
        expect(decodeShare('#' + fragment)).toEqual({ files, active: 'b.ssc' });
    });

    test('a fragment that is not a share link is left alone', () => {
        expect(decodeShare('')).toBeUndefined();
        expect(decodeShare('#section-2')).toBeUndefined();
    });

    test('a model too large for a link says so and suggests the zip', () => {
        let seed = 1;
        const noise = Array.from({ length: 200_000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90))).join('');
        expect(() => encodeShare({ files: [{ name: 'big.ssc', text: noise }] })).toThrow(/too large for a link .*zip/);
    });

    test.each([
        ['characters a link never has', '#model=<script>', /damaged .*characters/],
        ['not deflate data', '#model=AAAA', /damaged .*decompress/],
        [
            'deflate of something that is not JSON',
            `#model=${Buffer.from(deflateSync(strToU8('not json'))).toString('base64url')}`,
            /damaged .*decompress/,
        ],
        ['another format', link({ v: 2, files: [] }), /unknown format/],
        ['no files', link({ v: 1, files: [] }), /holds no file/],
        ['a malformed entry', link({ v: 1, files: [['a.ssc', 42]] }), /malformed/],
        ['too many files', link({ v: 1, files: Array.from({ length: 51 }, (_, i) => [`f${i}.ssc`, '']) }), /51 files/],
        ['too long', '#model=' + 'A'.repeat(MAX_LINK_CHARS + 1), /longer than/],
    ])('a link with %s gets a clear message', (_what, fragment, message) => {
        expect(() => decodeShare(fragment)).toThrow(ShareLinkError);
        expect(() => decodeShare(fragment)).toThrow(message);
    });

    test('a small link that inflates beyond the limit (a deflate bomb) is refused', () => {
        const bomb = link({ v: 1, files: [['a.ssc', 'x'.repeat(6_000_000)]] });
        expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
        expect(() => decodeShare(bomb)).toThrow(/expands to more than/);
    });

    test('file names from a link are made safe and unique', () => {
        const shared = decodeShare(
            link({
                v: 1,
                active: '../x.ssc',
                files: [
                    ['../../etc/passwd', 'a'],
                    ['x.ssc', 'b'],
                    ['x.ssc', 'c'],
                    ['<img src=x>.ssc', 'd'],
                    ['', 'e'],
                ],
            }),
        );
        expect(shared?.files.map(f => f.name)).toEqual(['passwd.ssc', 'x.ssc', 'x-2.ssc', 'img src-x.ssc', 'model.ssc']);
        expect(shared?.active).toBeUndefined();
    });
});

describe('playground file names', () => {
    test('a name maps to a document URI and back, whatever characters it has', () => {
        for (const name of ['city.ssc', 'ciudad de València.ssc', '100% model.ssc']) expect(nameOf(uriOf(name))).toBe(name);
        expect(nameOf('ssc-builtin:/standard-vocabulary.ssc')).toBeUndefined();
    });

    test('a name is cleaned and made unique', () => {
        expect(cleanFileName('C:\\models\\City.SSC', new Set())).toBe('City.ssc');
        expect(cleanFileName('city', new Set(['city.ssc', 'city-2.ssc']))).toBe('city-3.ssc');
        expect(cleanFileName('...', new Set())).toBe('model.ssc');
    });
});
