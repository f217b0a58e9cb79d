import { emulatorClientOptions } from './emulator-host';

describe('emulatorClientOptions (development wiring)', () => {
  it('points the host and the API at a loopback emulator named by ?origin=', () => {
    const parent = { postMessage: jest.fn() };
    const options = emulatorClientOptions('?origin=http%3A%2F%2Flocalhost%3A4300&siteInfo=x', parent);
    expect(options.apiBaseUrl).toBe('http://localhost:4300');
    expect(options.host?.origin).toBe('https://manage.wix.com');
    const port = {} as MessagePort;
    options.host?.postMessage?.({ code: 'wix-sdk-bo-hello-handshake' }, 'https://manage.wix.com', [port as unknown as Transferable]);
    // The handshake goes to the emulator's real origin, not to manage.wix.com (which would drop it).
    expect(parent.postMessage).toHaveBeenCalledWith({ code: 'wix-sdk-bo-hello-handshake' }, 'http://localhost:4300', [port]);
  });

  it.each(['', '?origin=https://manage.wix.com', '?origin=http://evil.example:4300', '?origin=javascript:alert(1)'])(
    'adds nothing for %p: the real SDK then decides',
    (search) => {
      expect(emulatorClientOptions(search, { postMessage: jest.fn() })).toEqual({});
    },
  );
});
