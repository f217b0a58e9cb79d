import { TestBed } from '@angular/core/testing';
import { WIX_MEDIA_ORIGIN, scaledToFill, wixImageUrl } from './media-url';
import { WIX_MEDIA_ORIGINS } from './wix-client';

const origins = [WIX_MEDIA_ORIGIN, 'http://127.0.0.1:4300'];
const FILL = 'v1/fill/w_80,h_80,al_c,q_80,enc_auto';

describe('wixImageUrl', () => {
  it('turns a wix:image id into its static.wixstatic.com URL', () => {
    expect(wixImageUrl('wix:image://v1/3c76e2_c5331f~mv2.jpg/shoe.jpg#originWidth=1000&originHeight=800')).toBe(
      'https://static.wixstatic.com/media/3c76e2_c5331f~mv2.jpg',
    );
  });

  it.each(['javascript:alert(1)', 'wix:image://v1/../../x', 'wix:image://v1/a%2Fb/x', 'data:image/png;base64,AA', '', null, 42])(
    'anything else is no URL: %p',
    (value) => expect(wixImageUrl(value)).toBeNull(),
  );
});

describe('scaledToFill', () => {
  it('asks Wix media for the displayed size', () => {
    expect(scaledToFill('https://static.wixstatic.com/media/3c76e2_c5~mv2.jpg', 80, 80, origins)).toBe(
      `https://static.wixstatic.com/media/3c76e2_c5~mv2.jpg/${FILL}/3c76e2_c5~mv2.jpg`,
    );
  });

  it("replaces the transform of Wix's own 50 px thumbnail URL", () => {
    expect(scaledToFill('https://static.wixstatic.com/media/a_b~mv2.png/v1/fit/w_50,h_50,q_90/a_b~mv2.png', 80, 80, origins)).toBe(
      `https://static.wixstatic.com/media/a_b~mv2.png/${FILL}/a_b~mv2.png`,
    );
  });

  it("resizes the emulator's images only where development lists its origin", () => {
    const url = 'http://127.0.0.1:4300/_emulator/media/12-AB.svg';
    expect(scaledToFill(url, 80, 80, origins)).toBe(`${url}/${FILL}/12-AB.svg`);
    expect(scaledToFill(url, 80, 80, [WIX_MEDIA_ORIGIN])).toBe(url);
  });

  it.each([
    'https://example.com/media/a.jpg',
    'https://static.wixstatic.com/media/a.jpg?x=1',
    'https://static.wixstatic.com/other/a.jpg',
    'https://static.wixstatic.com/media/a.jpg/extra/path',
    'not a url',
  ])('leaves other URLs as they are: %s', (url) => expect(scaledToFill(url, 80, 80, origins)).toBe(url));
});

describe('WIX_MEDIA_ORIGINS', () => {
  it("is Wix's media origin by default (written out in wix-client.ts, kept equal to media-url's)", () => {
    expect(TestBed.inject(WIX_MEDIA_ORIGINS)).toEqual([WIX_MEDIA_ORIGIN]);
  });
});
