/**
 * The MSP interchange format, version 1: read and write multi-stakeholder processes as JSON or
 * YAML documents that lose nothing, with every problem in a file reported at once.
 *
 * <p>Contents: {@link org.msptoolkit.io.MspFormat} (JSON or YAML, strict or lenient, with
 * {@link org.msptoolkit.io.ReadLimits}), {@link org.msptoolkit.io.MspFiles} (by file extension),
 * {@link org.msptoolkit.io.MspDocument} (a process and the extension fields kept with it),
 * {@link org.msptoolkit.core.validation.Result} (a complete value or a complete list of problems),
 * {@link org.msptoolkit.io.MspSchema} (the JSON Schema of the format) and
 * {@link org.msptoolkit.io.MspJacksonModule} (the mapping for your own Jackson mapper).
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.io;
