/**
 * Internal engine of composite indicators (unit frames, statistics, normalisers, aggregators); not supported for use by external parties.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.composite.internal;
