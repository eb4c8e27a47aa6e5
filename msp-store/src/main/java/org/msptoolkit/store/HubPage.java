package org.msptoolkit.store;

import java.util.List;

/**
 * One page of a hub query, in the query's stable order (by process id).
 *
 * @param items the processes on this page
 * @param total how many processes match the query in all
 * @param offset how many matching processes come before this page
 * @since 0.2.0
 */
public record HubPage(List<ProcessSummary> items, long total, long offset) {

    /** Copies the items. */
    public HubPage {
        items = List.copyOf(items);
    }

    /**
     * Whether more matching processes follow this page.
     *
     * @return true when offset plus the items on this page is less than the total
     */
    public boolean hasMore() {
        return offset + items.size() < total;
    }

    @Override
    public String toString() {
        return "page of " + items.size() + " from " + offset + " of " + total;
    }
}
