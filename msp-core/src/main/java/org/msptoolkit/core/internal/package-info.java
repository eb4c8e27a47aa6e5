/**
 * Internal helpers of msp-core. <strong>Any usage by external parties is not supported.</strong>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.core.internal;
