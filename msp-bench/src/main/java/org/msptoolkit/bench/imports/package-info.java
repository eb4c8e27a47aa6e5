/** Import throughput: {@link org.msptoolkit.bench.imports.ImportThroughputRun}. */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.bench.imports;
