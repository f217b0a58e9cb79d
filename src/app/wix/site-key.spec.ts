import { storageMemory } from '../catalog/catalog-version-memory';
import { siteKeyFrom } from './site-key';

const siteInfo = (info: unknown) => `?siteInfo=${encodeURIComponent(encodeURIComponent(JSON.stringify(info)))}`;

describe('siteKeyFrom', () => {
  it('reads the site id from siteInfo.editorUrl, as the dashboard (and the emulator) pass it', () => {
    expect(siteKeyFrom(siteInfo({ editorUrl: 'https://manage.wix.com/editor/6d1ae5c4-3e0b-4a39', siteUrl: 'https://x.wixsite.com/s' }))).toBe(
      '6d1ae5c4-3e0b-4a39',
    );
  });

  it('falls back to the site URL, then to nothing; never reads the signed instance', () => {
    expect(siteKeyFrom(siteInfo({ siteUrl: 'https://x.wixsite.com/s' }))).toBe('https://x.wixsite.com/s');
    expect(siteKeyFrom('?instance=signature.payload')).toBe('');
    expect(siteKeyFrom('?siteInfo=%7Bnot-json')).toBe('');
    expect(siteKeyFrom('')).toBe('');
  });
});

describe('storageMemory', () => {
  it('keeps one version per site and ignores what it did not write', () => {
    const a = storageMemory(localStorage, 'a');
    const b = storageMemory(localStorage, 'b');
    a.remember('v3');
    expect(a.recall()).toBe('v3');
    expect(b.recall()).toBeNull();
    localStorage.setItem('cm.catalog-version:b', 'v9');
    expect(b.recall()).toBeNull();
  });

  it('storage that throws is no memory, not an error', () => {
    const blocked = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } } as unknown as Storage;
    const memory = storageMemory(blocked, 'a');
    expect(() => memory.remember('v1')).not.toThrow();
    expect(memory.recall()).toBeNull();
  });
});
