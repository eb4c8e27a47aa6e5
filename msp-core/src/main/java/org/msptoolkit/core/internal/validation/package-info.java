/**
 * Internal implementation of model validation. <strong>Any usage by external parties is not supported.</strong>
 */
package org.msptoolkit.core.internal.validation;
