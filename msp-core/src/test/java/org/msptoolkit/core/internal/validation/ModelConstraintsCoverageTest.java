package org.msptoolkit.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Gender;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.Stakeholder;

/**
 * Guards {@link ModelConstraints} against drift: what it checks ({@link #COVERED}) must be exactly what
 * Hibernate Validator's metadata says {@code validate(process)} checks, so that adding, removing or changing a
 * constraint annotation on the model without updating the hand-written walk fails the build.
 */
class ModelConstraintsCoverageTest {
    /**
     * One constraint or cascade the walk checks.
     *
     * @param type the model class declaring the property
     * @param property the property (record component or field) name
     * @param element {@code true} when the constraint sits on the elements of a container
     *     ({@code List<@Valid X>}, {@code Optional<@Positive Long>}), {@code false} on the property itself
     * @param constraint the constraint annotation, {@link Valid} for a cascade
     * @param value the constraint's {@code value} attribute when it has one, else empty
     */
    record Covered(
            Class<?> type, String property, boolean element, Class<? extends Annotation> constraint, String value) {
        @Override
        public String toString() {
            return type.getSimpleName() + "." + property + (element ? "<element>" : "") + " @"
                    + constraint.getSimpleName() + (value.isEmpty() ? "" : "(" + value + ")");
        }
    }

    /** Every constraint and cascade {@link ModelConstraints} checks: update with its walk. */
    static final List<Covered> COVERED = List.of(
            new Covered(MspProcess.class, "title", false, NotBlank.class, ""),
            new Covered(MspProcess.class, "scope", false, Valid.class, ""),
            new Covered(MspProcess.class, "stakeholders", true, Valid.class, ""),
            new Covered(MspProcess.class, "participants", true, Valid.class, ""),
            new Covered(MspProcess.class, "meetings", true, Valid.class, ""),
            new Covered(MspProcess.class, "contributions", true, Valid.class, ""),
            new Covered(MspProcess.class, "consultations", true, Valid.class, ""),
            new Covered(MspProcess.class, "decisions", true, Valid.class, ""),
            new Covered(MspProcess.class, "commitments", true, Valid.class, ""),
            new Covered(MspProcess.class, "documents", true, Valid.class, ""),
            new Covered(MspProcess.class, "funding", true, Valid.class, ""),
            new Covered(Stakeholder.class, "name", false, NotBlank.class, ""),
            new Covered(Stakeholder.class, "constituencySize", true, Positive.class, ""),
            new Covered(Participant.class, "gender", true, Valid.class, ""),
            new Covered(Gender.class, "selfDescription", false, NotBlank.class, ""),
            new Covered(Meeting.class, "agenda", true, Valid.class, ""),
            new Covered(AgendaItem.class, "title", false, NotBlank.class, ""),
            new Covered(Contribution.class, "title", false, NotBlank.class, ""),
            new Covered(Consultation.class, "topic", false, NotBlank.class, ""),
            new Covered(Decision.class, "subject", false, NotBlank.class, ""),
            new Covered(Commitment.class, "description", false, NotBlank.class, ""),
            new Covered(Document.class, "title", false, NotBlank.class, ""),
            new Covered(Funding.class, "amount", false, DecimalMin.class, "0"));

    private static final String UPDATE = " — update ModelConstraints (its walk and its COVERED list) to match the"
            + " model's annotations, and its messages to Hibernate Validator's";

    @Test
    void theWalkCoversExactlyTheConstraintsHibernateValidatorFindsFromMspProcess() {
        Set<String> declared = new TreeSet<>();
        Set<Class<?>> visited = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(MspProcess.class);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!visited.add(type)) {
                continue;
            }
            BeanDescriptor bean = HibernateValidatorOracle.validator().getConstraintsForClass(type);
            for (ConstraintDescriptor<?> c : bean.getConstraintDescriptors()) {
                declared.add(type.getSimpleName() + " (class-level) @" + render(c, type + " class level"));
            }
            for (PropertyDescriptor property : bean.getConstrainedProperties()) {
                String at = type.getSimpleName() + "." + property.getPropertyName();
                for (ConstraintDescriptor<?> c : property.getConstraintDescriptors()) {
                    declared.add(at + " @" + render(c, at));
                }
                if (property.isCascaded()) {
                    declared.add(at + " @Valid");
                    todo.add(property.getElementClass());
                }
                for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                    String elementAt = at + "<element>";
                    for (ConstraintDescriptor<?> c : element.getConstraintDescriptors()) {
                        declared.add(elementAt + " @" + render(c, elementAt));
                    }
                    if (element.isCascaded()) {
                        declared.add(elementAt + " @Valid");
                        todo.add(element.getElementClass());
                    }
                    assertThat(element.getConstrainedContainerElementTypes())
                            .as(
                                    "%s has constraints on nested container elements, which ModelConstraints does not"
                                            + " support%s",
                                    elementAt, UPDATE)
                            .isEmpty();
                }
            }
        }
        Set<String> covered = COVERED.stream().map(Covered::toString).collect(Collectors.toCollection(TreeSet::new));

        assertThat(covered)
                .as(
                        "constraints Hibernate Validator checks in a process but ModelConstraints does not"
                                + " (or the other way round)%s",
                        UPDATE)
                .isEqualTo(declared);
        assertThat(COVERED).as("COVERED lists a constraint twice").doesNotHaveDuplicates();
    }

    @Test
    void everyConstrainedModelClassIsReachedByACascadeFromMspProcess() {
        Set<Class<?>> cascaded = COVERED.stream()
                .filter(c -> c.constraint() == Valid.class)
                .map(c -> propertyElementClass(c))
                .collect(Collectors.toSet());
        cascaded.add(MspProcess.class);
        for (Class<?> type : modelClassesReachableByFields()) {
            boolean constrained = HibernateValidatorOracle.validator()
                    .getConstraintsForClass(type)
                    .isBeanConstrained();
            if (constrained) {
                assertThat(cascaded)
                        .as(
                                "%s has constraints but validate(process) never reaches it: add @Valid where"
                                        + " the process holds it%s",
                                type.getSimpleName(), UPDATE)
                        .contains(type);
            }
        }
    }

    @Test
    void theCoveredListNamesRealProperties() throws NoSuchFieldException {
        for (Covered c : COVERED) {
            assertThat(c.type().getDeclaredField(c.property())).as(c.toString()).isNotNull();
        }
        assertThat(COVERED)
                .extracting(Covered::toString)
                .contains(
                        "MspProcess.title @NotBlank",
                        "Stakeholder.constituencySize<element> @Positive",
                        "Funding.amount @DecimalMin(0)",
                        "Participant.gender<element> @Valid");
    }

    /** The constraint as {@link Covered#toString()} shows it; fails for attributes the walk does not honour. */
    private static String render(ConstraintDescriptor<?> c, String at) {
        Class<?> annotation = c.getAnnotation().annotationType();
        Map<String, Object> attributes = c.getAttributes();
        assertThat(attributes.get("message"))
                .as("%s @%s has a custom message%s", at, annotation.getSimpleName(), UPDATE)
                .isEqualTo("{" + annotation.getName() + ".message}");
        assertThat(c.getGroups())
                .as("%s @%s is in a validation group%s", at, annotation.getSimpleName(), UPDATE)
                .containsExactly(Default.class);
        if (attributes.containsKey("inclusive")) {
            assertThat(attributes.get("inclusive"))
                    .as("%s @%s is exclusive%s", at, annotation.getSimpleName(), UPDATE)
                    .isEqualTo(true);
        }
        Object value = attributes.get("value");
        return annotation.getSimpleName() + (value == null ? "" : "(" + value + ")");
    }

    private static Class<?> propertyElementClass(Covered c) {
        try {
            Type type = c.type().getDeclaredField(c.property()).getGenericType();
            if (c.element()) {
                type = ((ParameterizedType) type).getActualTypeArguments()[0];
            }
            return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        } catch (NoSuchFieldException e) {
            throw new AssertionError(c + " names no field", e);
        }
    }

    /** The model classes a process holds, directly or through lists, optionals, maps and other model values. */
    private static Set<Class<?>> modelClassesReachableByFields() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        todo.add(MspProcess.class);
        while (!todo.isEmpty()) {
            Type type = todo.poll();
            if (type instanceof ParameterizedType p) {
                todo.add(p.getRawType());
                todo.addAll(java.util.List.of(p.getActualTypeArguments()));
            } else if (type instanceof Class<?> cls && cls.getName().startsWith("org.msptoolkit.") && found.add(cls)) {
                for (Field f : cls.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        todo.add(f.getGenericType());
                    }
                }
            }
        }
        assertThat(found).as("the walk over fields found the model").hasSizeGreaterThan(15);
        return found;
    }
}
