/**
 * Benchmarks of msp-toolkit and the fixed MSP processes and CPU timer they share.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.bench;
