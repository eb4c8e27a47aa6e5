/**
 * Hand-made classes for the annotation part of rule 'requires transitive': {@code annotated.api} is a pretend
 * module whose exported API carries annotations of {@code annotated.marks}, one {@code @Documented} and one not.
 */
package org.msptoolkit.architecture.annotated;
