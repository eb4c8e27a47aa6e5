/**
 * Support for msp-toolkit's own tests, not exported by the module. <strong>Any usage by external parties
 * is not supported.</strong>
 */
package org.msptoolkit.testkit.internal;
