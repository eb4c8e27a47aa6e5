package org.msptoolkit.core.internal.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.msptoolkit.core.model.Scope;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.validation.Problem;

/**
 * The Jakarta Validation constraints of a whole {@link MspProcess}, checked by a hand-written walk
 * instead of Hibernate Validator: the same problems (location, code and message, as
 * {@link ConstraintChecks} would report them in English) at a fraction of the cost, because
 * validation sits on the hot path of evaluating big corpora. Internal.
 *
 * <p>{@link #COVERED} lists every constraint and cascade the walk checks; a test compares it with
 * Hibernate Validator's metadata of the model, so a constraint added to the model without updating
 * this class fails the build. {@link ConstraintChecks} remains the reference implementation and
 * validates single model values.
 */
public final class ModelConstraints {
    /** Hibernate Validator's English message of {@code @NotBlank}. */
    static final String NOT_BLANK = "must not be blank";
    /** Hibernate Validator's English message of {@code @Positive}. */
    static final String POSITIVE = "must be greater than 0";
    /** Hibernate Validator's English message of {@code @DecimalMin("0")}. */
    static final String NOT_NEGATIVE = "must be greater than or equal to 0";

    /** Orders constraint problems as {@link ConstraintChecks#check(Object)} does. */
    static final Comparator<Problem> ORDER = Comparator.comparing(Problem::location)
            .thenComparing(Problem::message);

    /**
     * One constraint or cascade the walk checks.
     *
     * @param type the model class declaring the property
     * @param property the property (record component or field) name
     * @param element {@code true} when the constraint sits on the elements of a container
     *     ({@code List<@Valid X>}, {@code Optional<@Positive Long>}), {@code false} on the property itself
     * @param constraint the constraint annotation, {@link Valid} for a cascade
     * @param value the constraint's {@code value} attribute when it has one (e.g. {@code "0"} of
     *     {@code @DecimalMin("0")}), else empty
     */
    public record Covered(Class<?> type, String property, boolean element, Class<? extends Annotation> constraint,
            String value) {
        @Override
        public String toString() {
            return type.getSimpleName() + "." + property + (element ? "<element>" : "") + " @"
                    + constraint.getSimpleName() + (value.isEmpty() ? "" : "(" + value + ")");
        }
    }

    /** Every constraint and cascade {@link #check(MspProcess)} checks. */
    public static final List<Covered> COVERED = List.of(
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

    /** Created on the first problem: a valid process allocates no list. */
    private List<Problem> problems;

    private ModelConstraints() {
    }

    /**
     * Every constraint problem of {@code process}, ordered by location and message as
     * {@link ConstraintChecks#check(Object)} orders them.
     *
     * @param process the process
     * @return the problems; an immutable empty list when there are none
     */
    public static List<Problem> check(MspProcess process) {
        ModelConstraints c = new ModelConstraints();
        c.walk(process);
        if (c.problems == null) {
            return List.of();
        }
        c.problems.sort(ORDER);
        return c.problems;
    }

    /** Follows the cascades of {@link #COVERED}; {@link Scope} has no constraints, so its cascade finds nothing. */
    private void walk(MspProcess process) {
        if (process.title().isBlank()) {
            notBlank("title", process.title());
        }
        List<Stakeholder> stakeholders = process.stakeholders();
        for (int i = 0, n = stakeholders.size(); i < n; i++) {
            Stakeholder s = stakeholders.get(i);
            if (s.name().isBlank()) {
                notBlank(at("stakeholders", i, ".name"), s.name());
            }
            Optional<Long> size = s.constituencySize();
            if (size.isPresent() && size.get() <= 0) {
                add(at("stakeholders", i, ".constituencySize"), POSITIVE, String.valueOf(size.get()));
            }
        }
        List<Participant> participants = process.participants();
        for (int i = 0, n = participants.size(); i < n; i++) {
            Optional<Gender> gender = participants.get(i).gender();
            if (gender.isPresent() && gender.get().selfDescription().isBlank()) {
                notBlank(at("participants", i, ".gender.selfDescription"), gender.get().selfDescription());
            }
        }
        List<Meeting> meetings = process.meetings();
        for (int i = 0, n = meetings.size(); i < n; i++) {
            List<AgendaItem> agenda = meetings.get(i).agenda();
            for (int j = 0, m = agenda.size(); j < m; j++) {
                String title = agenda.get(j).title();
                if (title.isBlank()) {
                    notBlank(at("meetings", i, ".agenda[" + j + "].title"), title);
                }
            }
        }
        List<Contribution> contributions = process.contributions();
        for (int i = 0, n = contributions.size(); i < n; i++) {
            String title = contributions.get(i).title();
            if (title.isBlank()) {
                notBlank(at("contributions", i, ".title"), title);
            }
        }
        List<Consultation> consultations = process.consultations();
        for (int i = 0, n = consultations.size(); i < n; i++) {
            String topic = consultations.get(i).topic();
            if (topic.isBlank()) {
                notBlank(at("consultations", i, ".topic"), topic);
            }
        }
        List<Decision> decisions = process.decisions();
        for (int i = 0, n = decisions.size(); i < n; i++) {
            String subject = decisions.get(i).subject();
            if (subject.isBlank()) {
                notBlank(at("decisions", i, ".subject"), subject);
            }
        }
        List<Commitment> commitments = process.commitments();
        for (int i = 0, n = commitments.size(); i < n; i++) {
            String description = commitments.get(i).description();
            if (description.isBlank()) {
                notBlank(at("commitments", i, ".description"), description);
            }
        }
        List<Document> documents = process.documents();
        for (int i = 0, n = documents.size(); i < n; i++) {
            String title = documents.get(i).title();
            if (title.isBlank()) {
                notBlank(at("documents", i, ".title"), title);
            }
        }
        List<Funding> funding = process.funding();
        for (int i = 0, n = funding.size(); i < n; i++) {
            BigDecimal amount = funding.get(i).amount();
            if (amount.signum() < 0) {
                add(at("funding", i, ".amount"), NOT_NEGATIVE, String.valueOf(amount));
            }
        }
    }

    private static String at(String list, int index, String suffix) {
        return list + "[" + index + "]" + suffix;
    }

    private void notBlank(String location, String value) {
        add(location, NOT_BLANK, "\"" + value + "\"");
    }

    private void add(String location, String message, String shown) {
        if (problems == null) {
            problems = new ArrayList<>();
        }
        problems.add(Problem.of(location, Problem.CONSTRAINT, message + ", got " + shown));
    }
}
