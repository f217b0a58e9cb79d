import { InjectionToken, Injector, Provider, afterNextRender, inject } from '@angular/core';
import type { ProductQuery } from '../catalog/product';

/**
 * Where the page tells a benchmark that results arrived. Production gets a no-op; only the bench build
 * (`environment.bench.ts`) provides the real marks, so shipped code pays one empty call per page of results.
 */
export interface RenderMarks {
  /** A page of results (from Wix or from the page cache) reached the page and is about to render. */
  resultsReceived(query: ProductQuery, rows: number): void;
  /** A prefetch request for this query (the page after the one on screen) is starting. */
  prefetching(query: ProductQuery): void;
}

/**
 * Marks `cm:results` → `cm:rendered` → `cm:painted`, and measures `cm:render` between the first and the last;
 * `cm:prefetch` (detail: text, page, pageSize) when a prefetch request starts, so prefetches are counted apart
 * from the merchant's intents.
 */
export const RENDER_MARKS = new InjectionToken<RenderMarks>('RENDER_MARKS', {
  providedIn: 'root',
  factory: () => ({ resultsReceived: () => {}, prefetching: () => {} }),
});

/** What every mark carries: the query the rows answer, so a bench can tell a stale render from a fresh one. */
export interface RenderMarkDetail {
  readonly text: string;
  readonly page: number;
  readonly pageSize: number;
  readonly rows: number;
}

/**
 * Bench build only: User Timing marks around each render of results. `cm:rendered` is set after Angular
 * wrote the rows to the DOM; `cm:painted` after the next animation frame, once the browser had its chance
 * to lay out and paint them.
 */
export class PerformanceRenderMarks implements RenderMarks {
  private readonly injector = inject(Injector);

  prefetching(query: ProductQuery): void {
    performance.mark('cm:prefetch', { detail: { text: query.text, page: query.page, pageSize: query.pageSize } });
  }

  resultsReceived(query: ProductQuery, rows: number): void {
    const detail: RenderMarkDetail = { text: query.text, page: query.page, pageSize: query.pageSize, rows };
    const start = performance.mark('cm:results', { detail }).startTime;
    afterNextRender(
      {
        read: () => {
          performance.mark('cm:rendered', { detail });
          // rAF runs just before the frame is painted; a task queued from it runs after that paint.
          requestAnimationFrame(() =>
            setTimeout(() => {
              const end = performance.mark('cm:painted', { detail }).startTime;
              performance.measure('cm:render', { start, end, detail });
            }),
          );
        },
      },
      { injector: this.injector },
    );
  }
}

/** The bench build's providers: real render marks. */
export function provideRenderMarks(): Provider {
  return { provide: RENDER_MARKS, useClass: PerformanceRenderMarks };
}
