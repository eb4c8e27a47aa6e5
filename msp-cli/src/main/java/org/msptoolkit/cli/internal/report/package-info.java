/**
 * Report rendering for {@code msp}: self-contained XHTML pages with inline SVG charts, Markdown
 * and CSV, with every user-supplied string escaped. Internal: any usage by external parties is not
 * supported.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.cli.internal.report;
