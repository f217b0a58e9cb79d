import { copyText, linkSearch } from './share-link';

describe('share links', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('carry the view’s parameters, "All products" as view=all, and columns where the page shows chosen ones', () => {
    expect(linkSearch('stock=out-of-stock&sort=price-asc', undefined)).toBe('stock=out-of-stock&sort=price-asc');
    expect(linkSearch('', undefined)).toBe('view=all');
    expect(linkSearch('q=mug', ['name', 'listPrice', 'inventory-quantity'])).toBe('q=mug&columns=name%2ClistPrice%2Cinventory-quantity');
  });

  it('go on the clipboard through the Clipboard API', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await expect(copyText(document, 'https://x.test/a')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://x.test/a');
  });

  it('where the frame refuses the Clipboard API, through the copy command on a selected field; focus stays', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new DOMException('no', 'NotAllowedError')) }, configurable: true });
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    let copied = '';
    Object.defineProperty(document, 'execCommand', {
      value: (command: string) => {
        const field = document.activeElement as HTMLTextAreaElement;
        copied = command === 'copy' ? field.value.slice(field.selectionStart, field.selectionEnd) : '';
        return command === 'copy';
      },
      configurable: true,
    });
    await expect(copyText(document, 'https://x.test/b')).resolves.toBe(true);
    expect(copied).toBe('https://x.test/b');
    expect(document.activeElement).toBe(button);
    expect(document.querySelector('textarea')).toBeNull();
    button.remove();
  });

  it('reports false when both are refused (the page then shows the link to copy by hand)', async () => {
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await expect(copyText(document, 'https://x.test/c')).resolves.toBe(false);
    Object.defineProperty(document, 'execCommand', {
      value: () => {
        throw new Error('not supported');
      },
      configurable: true,
    });
    await expect(copyText(document, 'https://x.test/c')).resolves.toBe(false);
  });
});
