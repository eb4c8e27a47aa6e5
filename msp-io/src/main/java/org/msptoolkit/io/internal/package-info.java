/**
 * Internal mapping between msp-core values and Jackson trees, parser set-up and limits.
 * Any usage by external parties is not supported.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.io.internal;
