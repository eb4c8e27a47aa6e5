/**
 * Support for msp-toolkit's own tests, not exported by the module. <strong>Any usage by external parties
 * is not supported.</strong>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.testkit.internal;
