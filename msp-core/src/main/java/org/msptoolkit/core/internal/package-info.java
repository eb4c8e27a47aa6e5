/**
 * Internal helpers of msp-core. <strong>Any usage by external parties is not supported.</strong>
 */
package org.msptoolkit.core.internal;
