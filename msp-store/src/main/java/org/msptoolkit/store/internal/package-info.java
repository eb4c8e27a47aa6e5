/** JDBC internals of the hub: SQL, the normalised rows of a process and the H2 set-up. Not API. */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.store.internal;
