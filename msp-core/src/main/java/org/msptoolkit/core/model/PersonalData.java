package org.msptoolkit.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that holds personal data about a natural person (a participant's name or
 * self-described gender), so that exports, reports and anonymisation can leave it out.
 * {@link Participant#withoutPersonalData()} and {@link MspProcess#withoutPersonalData()} remove every
 * component marked with it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface PersonalData {}
