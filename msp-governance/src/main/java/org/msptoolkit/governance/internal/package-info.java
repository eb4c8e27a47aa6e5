/**
 * Internal helpers of msp-governance. Any usage by external parties is not supported.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.governance.internal;
