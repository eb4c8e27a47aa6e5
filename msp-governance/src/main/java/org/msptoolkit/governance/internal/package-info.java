/**
 * Internal helpers of msp-governance. Any usage by external parties is not supported.
 */
package org.msptoolkit.governance.internal;
