/** Algorithms and writers behind {@code org.msptoolkit.network}; not API. */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.network.internal;
