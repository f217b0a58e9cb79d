import { InjectionToken } from '@angular/core';
import { Observable } from 'rxjs';

/**
 * Emits once, when the browser is idle after the next frame has been painted: the rows just rendered are on
 * screen before optional work (a prefetch) takes the network and the main thread. Unsubscribing cancels it.
 */
export function afterPaintIdle(): Observable<void> {
  return new Observable<void>((subscriber) => {
    const done = () => {
      subscriber.next();
      subscriber.complete();
    };
    let idle: (() => void) | null = null;
    // rAF runs just before the next paint; idle periods come after it. Without rAF (a background tab) a task.
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(whenIdle) : setTimeout(whenIdle, 16);
    function whenIdle(): void {
      if (typeof requestIdleCallback === 'function') {
        // The timeout keeps a busy page from never prefetching.
        const handle = requestIdleCallback(done, { timeout: 1_000 });
        idle = () => cancelIdleCallback(handle);
      } else {
        const handle = setTimeout(done, 1);
        idle = () => clearTimeout(handle);
      }
    }
    return () => {
      if (typeof requestAnimationFrame === 'function') cancelAnimationFrame(frame as number);
      else clearTimeout(frame);
      idle?.();
    };
  });
}

/** When optional work may start; tests replace it with a timer. */
export const AFTER_PAINT_IDLE = new InjectionToken<() => Observable<void>>('AFTER_PAINT_IDLE', {
  providedIn: 'root',
  factory: () => afterPaintIdle,
});
