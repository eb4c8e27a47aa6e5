/**
 * Internal: shared reading helpers of the built-in importers (CSV rows with their line numbers,
 * located problems, JSON values for extensions). Not exported.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.imports.internal;
