import { InjectionToken } from '@angular/core';
import { WIX_MEDIA_ORIGIN } from './media-url';

/** The origins whose media URLs take the transform: Wix's; development adds the emulator's (`provideWixClient`). */
export const WIX_MEDIA_ORIGINS = new InjectionToken<readonly string[]>('WIX_MEDIA_ORIGINS', {
  providedIn: 'root',
  factory: () => [WIX_MEDIA_ORIGIN],
});
