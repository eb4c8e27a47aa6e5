/**
 * Internal algorithms of the QCA engine (prime implicant search, covers, CSV reading, JSON writing).
 * <b>Any usage by external parties is not supported.</b>
 */
package org.msptoolkit.learning.internal.qca;
