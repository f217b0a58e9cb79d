import { htmlToText } from './plain-text';

// That nothing in a description runs or loads is checked in a real browser: journey 32 (details-hostile).
describe('htmlToText', () => {
  it('keeps the text of rich text: paragraphs, breaks and list items as lines, entities decoded', () => {
    expect(htmlToText('<p>Throw pillow in linen.</p><p>Soft &amp; warm&nbsp;&mdash; <b>washable</b>.</p>')).toBe('Throw pillow in linen.\nSoft & warm\u00a0— washable.');
    expect(htmlToText('One<br>Two<ul><li>A</li><li>B</li></ul>')).toBe('One\nTwo\nA\nB');
    expect(htmlToText('  <div>   spaced\n\n   out   </div>  ')).toBe('spaced out');
    expect(htmlToText('<p>a</p><p></p><p></p><p>b</p>')).toBe('a\nb');
  });

  it('drops what a reader never sees: scripts, styles, templates and comments', () => {
    expect(htmlToText('<script>alert(1)</script><style>p{}</style><template><p>t</p></template><!-- c -->Shown')).toBe('Shown');
  });

  it('keeps characters that only look like markup when they are text', () => {
    expect(htmlToText('1 < 2 and 3 > 2, {{ name }} %s')).toBe('1 < 2 and 3 > 2, {{ name }} %s');
    expect(htmlToText('&lt;b&gt;not bold&lt;/b&gt;')).toBe('<b>not bold</b>');
  });

  it('is empty for no description', () => {
    expect([htmlToText(''), htmlToText('   '), htmlToText(null), htmlToText(42)]).toEqual(['', '', '', '']);
  });
});
