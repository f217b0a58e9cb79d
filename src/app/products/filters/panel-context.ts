import { InjectionToken } from '@angular/core';
import type { FilterContext } from './filter-context';

/** The "More filters" panel's state: the filters, and closing it (focus goes back to its button). */
export const PANEL_CONTEXT = new InjectionToken<FilterContext & { close(): void }>('PANEL_CONTEXT');
