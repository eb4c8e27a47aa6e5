/**
 * Internal algorithms of the QCA engine (prime implicant search, covers, CSV reading, JSON writing).
 * <b>Any usage by external parties is not supported.</b>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.learning.internal.qca;
