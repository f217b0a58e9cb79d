import type { WixClientOptions } from './wix-client';

/** Only a loopback http origin may stand in for the dashboard and for www.wixapis.com. */
const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/**
 * Development wiring for the local Wix emulator (imported only by the development and e2e environments,
 * so production builds contain none of it). A parent page on localhost is not on manage.wix.com, so the
 * SDK's handshake would be dropped: the host gets a Wix origin that passes its check and a postMessage that
 * forwards to the emulator's real origin, taken from `?origin=`. API calls go to the same origin.
 */
export function emulatorClientOptions(search: string, parent: Pick<Window, 'postMessage'>): WixClientOptions {
  const origin = new URLSearchParams(search).get('origin') ?? '';
  if (!LOOPBACK_ORIGIN.test(origin)) return {};
  return {
    host: {
      origin: 'https://manage.wix.com',
      postMessage: (message, _targetOrigin, transfer) => parent.postMessage(message, origin, transfer),
    },
    apiBaseUrl: origin,
  };
}
