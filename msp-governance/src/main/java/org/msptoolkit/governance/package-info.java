/**
 * Participation policies and charters as data, and compliance checks.
 *
 * <ul>
 *   <li>{@link org.msptoolkit.governance.Charter}, {@link org.msptoolkit.governance.Rule}: a named, versioned
 *       set of rules, each of a registered kind with plain-data parameters;</li>
 *   <li>{@link org.msptoolkit.governance.CharterCodec}: charters to and from plain data trees (for YAML/JSON);</li>
 *   <li>{@link org.msptoolkit.governance.RuleKinds}: the registry of rule kinds (built-in and ServiceLoader);</li>
 *   <li>{@link org.msptoolkit.governance.Compliance}: checks a process against a charter, rule by rule.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.governance;
