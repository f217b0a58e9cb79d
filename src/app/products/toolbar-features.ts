// The toolbar's lazy features, one chunk: the filter bar, the saved views' tabs and the Export button (its panel is
// a chunk of its own, loaded on the click) are mounted together after the first render, and one entry keeps the
// modules they share with the first bundle in the chunks that already hold them (each further lazy entry splits
// those shared modules into more chunks, whose glue the first bundle pays).
export { FilterBar } from './filters/filter-bar';
export { ViewTabs } from './views/view-tabs';
export { ExportButton } from './export/export-button';
