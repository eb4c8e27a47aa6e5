package org.msptoolkit.core.internal.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
 * The Jakarta Validation constraints of the model, checked by a hand-written walk: the one implementation of
 * constraint checking at run time, for a whole {@link MspProcess} ({@link #check(MspProcess)}) and for a single
 * model value ({@link #checkValue(Object)}). It reports what Hibernate Validator would report (location, code
 * and English message) at a fraction of the cost, because validation sits on the hot path of evaluating big
 * corpora; Hibernate Validator is a test-scope oracle only. Internal.
 *
 * <p>Tests guard it against drift: one compares the constraints this walk checks with Hibernate Validator's
 * metadata of the model, so a constraint added to the model without updating this class fails the build;
 * another compares its problems with Hibernate Validator's over many generated valid and invalid processes
 * and values.
 */
public final class ModelConstraints {
    /** Hibernate Validator's English message of {@code @NotBlank}. */
    static final String NOT_BLANK = "must not be blank";
    /** Hibernate Validator's English message of {@code @Positive}. */
    static final String POSITIVE = "must be greater than 0";
    /** Hibernate Validator's English message of {@code @DecimalMin("0")}. */
    static final String NOT_NEGATIVE = "must be greater than or equal to 0";

    /** Orders constraint problems as Hibernate Validator's violations sorted by path then message. */
    static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::location).thenComparing(Problem::message);

    /** Created on the first problem: a valid process allocates no list. */
    private @Nullable List<Problem> problems;

    private ModelConstraints() {}

    /**
     * Every constraint problem of {@code process}, ordered by location then message.
     *
     * @param process the process
     * @return the problems; an immutable empty list when there are none
     */
    public static List<Problem> check(MspProcess process) {
        ModelConstraints c = new ModelConstraints();
        c.walk(process);
        return c.result();
    }

    /**
     * Every constraint problem of a single model value (a {@link Stakeholder}, a {@link Participant}, a
     * {@link Gender}, a {@link Meeting}, …), with locations relative to the value ({@code name},
     * {@code agenda[2].title}), ordered by location then message. A value of a type without constraints has none.
     *
     * @param value the value
     * @return the problems; an immutable empty list when there are none
     */
    public static List<Problem> checkValue(Object value) {
        ModelConstraints c = new ModelConstraints();
        if (value instanceof MspProcess p) {
            c.walk(p);
        } else if (value instanceof Stakeholder s) {
            c.stakeholder(null, 0, s);
        } else if (value instanceof Participant p) {
            c.participant(null, 0, p);
        } else if (value instanceof Gender g) {
            c.gender(null, 0, "", g);
        } else if (value instanceof Meeting m) {
            c.meeting(null, 0, m);
        } else if (value instanceof AgendaItem a) {
            c.notBlank(null, 0, ".title", a.title());
        } else if (value instanceof Contribution x) {
            c.notBlank(null, 0, ".title", x.title());
        } else if (value instanceof Consultation x) {
            c.notBlank(null, 0, ".topic", x.topic());
        } else if (value instanceof Decision x) {
            c.notBlank(null, 0, ".subject", x.subject());
        } else if (value instanceof Commitment x) {
            c.notBlank(null, 0, ".description", x.description());
        } else if (value instanceof Document x) {
            c.notBlank(null, 0, ".title", x.title());
        } else if (value instanceof Funding x) {
            c.funding(null, 0, x);
        }
        return c.result();
    }

    private List<Problem> result() {
        if (problems == null) {
            return List.of();
        }
        problems.sort(ORDER);
        return problems;
    }

    /** Follows the model's cascades; {@link Scope} has no constraints, so its cascade finds nothing. */
    private void walk(MspProcess process) {
        if (process.title().isBlank()) {
            add("title", NOT_BLANK, "\"" + process.title() + "\"");
        }
        List<Stakeholder> stakeholders = process.stakeholders();
        for (int i = 0, n = stakeholders.size(); i < n; i++) {
            stakeholder("stakeholders", i, stakeholders.get(i));
        }
        List<Participant> participants = process.participants();
        for (int i = 0, n = participants.size(); i < n; i++) {
            participant("participants", i, participants.get(i));
        }
        List<Meeting> meetings = process.meetings();
        for (int i = 0, n = meetings.size(); i < n; i++) {
            meeting("meetings", i, meetings.get(i));
        }
        List<Contribution> contributions = process.contributions();
        for (int i = 0, n = contributions.size(); i < n; i++) {
            notBlank("contributions", i, ".title", contributions.get(i).title());
        }
        List<Consultation> consultations = process.consultations();
        for (int i = 0, n = consultations.size(); i < n; i++) {
            notBlank("consultations", i, ".topic", consultations.get(i).topic());
        }
        List<Decision> decisions = process.decisions();
        for (int i = 0, n = decisions.size(); i < n; i++) {
            notBlank("decisions", i, ".subject", decisions.get(i).subject());
        }
        List<Commitment> commitments = process.commitments();
        for (int i = 0, n = commitments.size(); i < n; i++) {
            notBlank("commitments", i, ".description", commitments.get(i).description());
        }
        List<Document> documents = process.documents();
        for (int i = 0, n = documents.size(); i < n; i++) {
            notBlank("documents", i, ".title", documents.get(i).title());
        }
        List<Funding> funding = process.funding();
        for (int i = 0, n = funding.size(); i < n; i++) {
            funding("funding", i, funding.get(i));
        }
    }

    // Each check below is given the value's place as list and index (list null for a value checked on its own)
    // and builds the location text only for a problem.

    private void stakeholder(@Nullable String list, int i, Stakeholder s) {
        notBlank(list, i, ".name", s.name());
        Optional<Long> size = s.constituencySize();
        if (size.isPresent() && size.get() <= 0) {
            add(at(list, i, ".constituencySize"), POSITIVE, String.valueOf(size.get()));
        }
    }

    private void participant(@Nullable String list, int i, Participant p) {
        Optional<Gender> gender = p.gender();
        if (gender.isPresent()) {
            gender(list, i, ".gender", gender.get());
        }
    }

    private void gender(@Nullable String list, int i, String prefix, Gender g) {
        if (g.selfDescription().isBlank()) {
            notBlank(list, i, prefix + ".selfDescription", g.selfDescription());
        }
    }

    private void meeting(@Nullable String list, int i, Meeting m) {
        List<AgendaItem> agenda = m.agenda();
        for (int j = 0, n = agenda.size(); j < n; j++) {
            String title = agenda.get(j).title();
            if (title.isBlank()) {
                notBlank(list, i, ".agenda[" + j + "].title", title);
            }
        }
    }

    private void funding(@Nullable String list, int i, Funding f) {
        BigDecimal amount = f.amount();
        if (amount.signum() < 0) {
            add(at(list, i, ".amount"), NOT_NEGATIVE, String.valueOf(amount));
        }
    }

    /** {@code list[index]suffix}, or the suffix without its leading dot for a value checked on its own. */
    private static String at(@Nullable String list, int index, String suffix) {
        return list == null ? suffix.substring(1) : list + "[" + index + "]" + suffix;
    }

    private void notBlank(@Nullable String list, int index, String suffix, String value) {
        if (value.isBlank()) {
            add(at(list, index, suffix), NOT_BLANK, "\"" + value + "\"");
        }
    }

    private void add(String location, String message, String shown) {
        if (problems == null) {
            problems = new ArrayList<>();
        }
        problems.add(Problem.of(location, Problem.CONSTRAINT, message + ", got " + shown));
    }
}
