/**
 * Charter and participation-policy files: msp-governance charters read from and written to YAML or
 * JSON with located problems ({@link org.msptoolkit.io.governance.CharterFormat},
 * {@link org.msptoolkit.io.governance.CharterFiles}), and compliance reports written as JSON or tidy
 * CSV ({@link org.msptoolkit.io.governance.ComplianceWriter}).
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.io.governance;
