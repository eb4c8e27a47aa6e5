/**
 * Internal helpers of msp-indicators. <strong>Any usage by external parties is not supported.</strong>
 */
package org.msptoolkit.indicators.internal;
