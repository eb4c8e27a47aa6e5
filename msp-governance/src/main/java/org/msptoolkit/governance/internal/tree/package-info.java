/**
 * Internal: plain data trees (maps, lists, numbers, text) behind the charter codec. Any usage by external
 * parties is not supported.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.governance.internal.tree;
