package org.msptoolkit.io;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.model.AgendaItem;
import org.msptoolkit.core.model.Commitment;
import org.msptoolkit.core.model.CommitmentId;
import org.msptoolkit.core.model.Consultation;
import org.msptoolkit.core.model.ConsultationId;
import org.msptoolkit.core.model.Contribution;
import org.msptoolkit.core.model.ContributionId;
import org.msptoolkit.core.model.Decision;
import org.msptoolkit.core.model.DecisionId;
import org.msptoolkit.core.model.Document;
import org.msptoolkit.core.model.DocumentId;
import org.msptoolkit.core.model.Funding;
import org.msptoolkit.core.model.Gender;
import org.msptoolkit.core.model.Meeting;
import org.msptoolkit.core.model.MeetingId;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.model.Objection;
import org.msptoolkit.core.model.OfficialLinkage;
import org.msptoolkit.core.model.Participant;
import org.msptoolkit.core.model.ParticipantId;
import org.msptoolkit.core.model.Period;
import org.msptoolkit.core.model.ProcessId;
import org.msptoolkit.core.model.ProcessLink;
import org.msptoolkit.core.model.Scope;
import org.msptoolkit.core.model.SpeakingTurn;
import org.msptoolkit.core.model.Stakeholder;
import org.msptoolkit.core.model.StakeholderId;
import org.msptoolkit.core.model.Tally;
import org.msptoolkit.core.taxonomy.CommitmentStatus;
import org.msptoolkit.core.taxonomy.ContributionKind;
import org.msptoolkit.core.taxonomy.Country;
import org.msptoolkit.core.taxonomy.DecisionMethod;
import org.msptoolkit.core.taxonomy.DocumentKind;
import org.msptoolkit.core.taxonomy.Level;
import org.msptoolkit.core.taxonomy.LinkKind;
import org.msptoolkit.core.taxonomy.LinkageKind;
import org.msptoolkit.core.taxonomy.Phase;
import org.msptoolkit.core.taxonomy.ProcessType;
import org.msptoolkit.core.taxonomy.Role;
import org.msptoolkit.core.taxonomy.Sector;
import org.msptoolkit.core.taxonomy.StakeholderGroup;
import org.msptoolkit.core.taxonomy.StakeholderKind;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.internal.Codes;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.io.internal.ProcessReader;
import org.msptoolkit.io.internal.Syntax;
import org.msptoolkit.io.internal.TreeWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The Jackson 3 mapping of every msp-core type in format v1, for your own mapper: processes (as
 * whole documents with {@code formatVersion} and {@code kind}), {@link MspDocument}s, every record
 * of the model, typed ids (as strings) and taxonomy values (as their codes). Reading is strict and
 * reports every problem of a value in one exception; a process is also validated. Found by
 * {@link java.util.ServiceLoader}, so {@code findAndAddModules()} picks it up:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new MspJacksonModule()).build();
 * String json = mapper.writeValueAsString(process);
 * Stakeholder s = mapper.readValue("{\"id\":\"icc\",\"name\":\"ICC\",\"group\":\"business-and-industry\"}",
 *     Stakeholder.class);
 * }</pre>
 *
 * No polymorphic or default typing is used: only these fixed types are ever created.
 */
public final class MspJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Engine ENGINE = new Engine(Syntax.JSON, ReadLimits.defaults(), false);

    /** Registers the serializers and deserializers of every msp-core type. */
    public MspJacksonModule() {
        super("msp-toolkit", new Version(0, 1, 0, "SNAPSHOT", "org.msptoolkit", "msp-io"));
        addSerializer(MspDocument.class, new Ser<>(Engine::tree));
        addDeserializer(MspDocument.class, new DocumentDeser());
        addSerializer(MspProcess.class, new Ser<>(p -> Engine.tree(MspDocument.of(p))));
        addDeserializer(MspProcess.class, new ProcessDeser());
        value(Stakeholder.class, TreeWriter::stakeholder, ProcessReader::stakeholder);
        value(Participant.class, TreeWriter::participant, ProcessReader::participant);
        value(Meeting.class, TreeWriter::meeting, ProcessReader::meeting);
        value(AgendaItem.class, TreeWriter::agendaItem, ProcessReader::agendaItem);
        value(SpeakingTurn.class, TreeWriter::speakingTurn, ProcessReader::speakingTurn);
        value(Contribution.class, TreeWriter::contribution, ProcessReader::contribution);
        value(Consultation.class, TreeWriter::consultation, ProcessReader::consultation);
        value(Decision.class, TreeWriter::decision, ProcessReader::decision);
        value(Tally.class, TreeWriter::tally, ProcessReader::tally);
        value(Objection.class, TreeWriter::objection, ProcessReader::objection);
        value(Commitment.class, TreeWriter::commitment, ProcessReader::commitment);
        value(Document.class, TreeWriter::document, ProcessReader::document);
        value(Funding.class, TreeWriter::funding, ProcessReader::funding);
        value(ProcessLink.class, TreeWriter::link, ProcessReader::link);
        value(OfficialLinkage.class, TreeWriter::linkage, ProcessReader::linkage);
        value(Scope.class, TreeWriter::scope, ProcessReader::scope);
        value(Period.class, TreeWriter::period, ProcessReader::period);
        value(Sector.class, TreeWriter::sector, ProcessReader::sector);
        value(StakeholderGroup.class, TreeWriter::group, ProcessReader::group);
        value(Gender.class, g -> F.stringNode(g.selfDescription()), ProcessReader::gender);
        string(StakeholderId.class, StakeholderId::value, StakeholderId::of);
        string(ParticipantId.class, ParticipantId::value, ParticipantId::of);
        string(ProcessId.class, ProcessId::value, ProcessId::of);
        string(MeetingId.class, MeetingId::value, MeetingId::of);
        string(DecisionId.class, DecisionId::value, DecisionId::of);
        string(CommitmentId.class, CommitmentId::value, CommitmentId::of);
        string(DocumentId.class, DocumentId::value, DocumentId::of);
        string(ContributionId.class, ContributionId::value, ContributionId::of);
        string(ConsultationId.class, ConsultationId::value, ConsultationId::of);
        string(Country.class, Country::code, Country::of);
        string(Level.class, Level::code, Codes.of(Level.class, "level"));
        string(Role.class, Role::code, Codes.of(Role.class, "role"));
        string(Phase.class, Phase::code, Codes.of(Phase.class, "phase"));
        string(ProcessType.class, ProcessType::code, Codes.of(ProcessType.class, "process type"));
        string(DecisionMethod.class, DecisionMethod::code, Codes.of(DecisionMethod.class, "decision method"));
        string(CommitmentStatus.class, CommitmentStatus::code, Codes.of(CommitmentStatus.class, "commitment status"));
        string(DocumentKind.class, DocumentKind::code, Codes.of(DocumentKind.class, "document kind"));
        string(LinkKind.class, LinkKind::code, Codes.of(LinkKind.class, "link kind"));
        string(LinkageKind.class, LinkageKind::code, Codes.of(LinkageKind.class, "linkage kind"));
        string(ContributionKind.class, ContributionKind::code, Codes.of(ContributionKind.class, "contribution kind"));
        string(StakeholderKind.class, StakeholderKind::code, Codes.of(StakeholderKind.class, "stakeholder kind"));
    }

    private <T> void value(Class<T> type, Function<T, JsonNode> write, Function<ProcessReader, @Nullable T> read) {
        addSerializer(type, new Ser<>(write));
        addDeserializer(type, new ValueDeser<>(type, read));
    }

    private <T> void string(Class<T> type, Function<T, String> write, Function<String, T> read) {
        addSerializer(type, new Ser<>(v -> F.stringNode(write.apply(v))));
        addDeserializer(type, new StringDeser<>(type, read));
    }

    /** Reads an id or taxonomy value from its string. */
    private static final class StringDeser<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> read;

        StringDeser(Class<T> type, Function<String, T> read) {
            this.type = type;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode node = org.msptoolkit.io.internal.Trees.read(p);
            if (!node.isString()) {
                return ctxt.reportInputMismatch(
                        type, "expected a string for %s, got %s", type.getSimpleName(), node.getNodeType());
            }
            try {
                return read.apply(node.stringValue());
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(type, "%s", e.getMessage());
            }
        }
    }

    /** Writes a value through its tree. */
    private static final class Ser<T> extends ValueSerializer<T> {
        private final Function<T, JsonNode> write;

        Ser(Function<T, JsonNode> write) {
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeTree(write.apply(value));
        }
    }

    /** Reads a record through the streaming reader; reports every problem at once. */
    private static final class ValueDeser<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<ProcessReader, @Nullable T> read;

        ValueDeser(Class<T> type, Function<ProcessReader, @Nullable T> read) {
            this.type = type;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            ProcessReader.Read<T> r = ProcessReader.value(p, read);
            T value = r.value();
            if (r.failed() || value == null) {
                return ctxt.reportInputMismatch(type, "%s", problems(type, r.problems()));
            }
            if (r.hasExtensions()) {
                return ctxt.reportInputMismatch(
                        type,
                        "%s has extension fields %s that it cannot hold; read an " + "MspDocument to keep them",
                        type.getSimpleName(),
                        r.extensionNames());
            }
            return value;
        }
    }

    private static String problems(Class<?> type, java.util.List<org.msptoolkit.core.validation.Problem> problems) {
        StringBuilder sb = new StringBuilder("cannot read " + type.getSimpleName() + ":");
        problems.forEach(pr ->
                sb.append("\n  ").append(pr).append(" [").append(pr.code()).append(']'));
        return sb.toString();
    }

    /** Reads a whole document: envelope, fields, validation. */
    private static final class DocumentDeser extends ValueDeserializer<MspDocument> {
        @Override
        public MspDocument deserialize(JsonParser p, DeserializationContext ctxt) {
            Result<MspDocument> r = ENGINE.finish(ENGINE.readDocument(p), "", 0);
            if (!r.isValid()) {
                return ctxt.reportInputMismatch(MspDocument.class, "%s", problems(MspDocument.class, r.problems()));
            }
            return r.orElseThrow();
        }
    }

    /** Reads a whole document into a process, refusing to drop extension fields. */
    private static final class ProcessDeser extends ValueDeserializer<MspProcess> {
        @Override
        public MspProcess deserialize(JsonParser p, DeserializationContext ctxt) {
            Result<MspDocument> r = ENGINE.finish(ENGINE.readDocument(p), "", 0);
            if (!r.isValid()) {
                return ctxt.reportInputMismatch(MspProcess.class, "%s", problems(MspProcess.class, r.problems()));
            }
            MspDocument d = r.orElseThrow();
            if (!d.extensions().isEmpty()) {
                return ctxt.reportInputMismatch(
                        MspProcess.class,
                        "the process has extension fields %s that an "
                                + "MspProcess cannot hold; read an MspDocument to keep them",
                        d.extensions());
            }
            return d.process();
        }
    }
}
