/**
 * Internal helpers of msp-indicators. <strong>Any usage by external parties is not supported.</strong>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.indicators.internal;
