package org.msptoolkit.imports.internal.pabulib;

import java.util.Map;

/**
 * One row of a {@code .pb} file's PROJECTS section.
 *
 * @param id the {@code project_id}
 * @param cost the {@code cost}
 * @param fields every column of the row by header name, in file order
 * @param line the line of the row
 */
record PbProject(String id, double cost, Map<String, String> fields, long line) {}
