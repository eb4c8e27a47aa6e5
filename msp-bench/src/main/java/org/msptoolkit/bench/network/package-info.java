/** Scale runs of msp-network: build, measure and write the network of a large corpus. */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.bench.network;
