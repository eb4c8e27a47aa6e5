package org.msptoolkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.internal.Engine;
import org.msptoolkit.io.internal.Syntax;

/**
 * Reads and writes MSP documents of format version 1 as JSON or YAML. Instances are immutable and
 * thread-safe; configure them with {@link #lenient()} and {@link #withLimits(ReadLimits)}.
 *
 * <pre>{@code
 * Result<MspDocument> r = MspFormat.yaml().read(Path.of("examples/csd-1998-industry.yaml"));
 * MspProcess p = r.orElseThrow().process();
 * String json = MspFormat.json().write(p);
 * }</pre>
 *
 * <p><b>Strict</b> (the default) reports every field format v1 does not define, except extension
 * fields whose names start with {@code x-}, which are kept in {@link MspDocument#extensions()}.
 * <b>Lenient</b> keeps every unknown field there. Either way a read returns a complete, valid
 * value or every problem found, in one streaming pass: syntax errors at {@code file:line:column};
 * wrong types, unknown and missing fields, and the process's domain validation problems (their
 * model paths turned into JSON pointers) at a JSON pointer such as
 * {@code /participants/3/stakeholder}, each message starting with the line and column of the
 * value, for YAML too. A format problem does not hide a domain problem.
 */
public final class MspFormat {
    private final Syntax syntax;
    private final boolean lenient;
    private final ReadLimits limits;
    private final Engine engine;

    private MspFormat(Syntax syntax, boolean lenient, ReadLimits limits) {
        this.syntax = syntax;
        this.lenient = lenient;
        this.limits = limits;
        this.engine = new Engine(syntax, limits, lenient);
    }

    private static final MspFormat JSON = new MspFormat(Syntax.JSON, false, ReadLimits.defaults());
    private static final MspFormat YAML = new MspFormat(Syntax.YAML, false, ReadLimits.defaults());

    /**
     * Returns the JSON format, strict, with default limits.
     *
     * @return the JSON format, strict, with default limits
     */
    public static MspFormat json() {
        return JSON;
    }

    /**
     * Returns the YAML format, strict, with default limits.
     *
     * @return the YAML format, strict, with default limits
     */
    public static MspFormat yaml() {
        return YAML;
    }

    /**
     * The format for a file name: {@code .yaml} or {@code .yml} gives YAML, {@code .json} JSON.
     *
     * @param file the file
     * @return the strict format with default limits
     * @throws IllegalArgumentException for any other extension
     */
    public static MspFormat forPath(Path file) {
        return Syntax.ofPath(file, "MSP documents") == Syntax.YAML ? yaml() : json();
    }

    /**
     * Returns this format keeping unknown fields in {@link MspDocument#extensions()} instead of reporting them.
     *
     * @return this format keeping unknown fields in {@link MspDocument#extensions()} instead of reporting them
     */
    public MspFormat lenient() {
        return lenient ? this : new MspFormat(syntax, true, limits);
    }

    /**
     * Returns this format reporting unknown fields that do not start with {@code x-}.
     *
     * @return this format reporting unknown fields that do not start with {@code x-}
     */
    public MspFormat strict() {
        return lenient ? new MspFormat(syntax, false, limits) : this;
    }

    /**
     * This format with other bounds on hostile input.
     *
     * @param value the limits
     * @return a format using them
     */
    public MspFormat withLimits(ReadLimits value) {
        return new MspFormat(syntax, lenient, Objects.requireNonNull(value, "limits"));
    }

    /**
     * Returns {@code true} when unknown fields are kept rather than reported.
     *
     * @return {@code true} when unknown fields are kept rather than reported
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * Returns the limits in force.
     *
     * @return the limits in force
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Returns {@code true} for YAML, {@code false} for JSON.
     *
     * @return {@code true} for YAML, {@code false} for JSON
     */
    public boolean isYaml() {
        return syntax == Syntax.YAML;
    }

    /**
     * Reads a document from text.
     *
     * @param text JSON or YAML text
     * @return the document, or every problem (locations without a file name)
     */
    public Result<MspDocument> read(String text) {
        Objects.requireNonNull(text, "text");
        return engine.read(text, "");
    }

    /**
     * Reads a document from a file. Problem locations start with the file name.
     *
     * @param file the file
     * @return the document, or every problem
     */
    public Result<MspDocument> read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return Result.invalid(List.of(Problem.of(source, IoProblems.IO, "cannot read the file: " + e)));
        }
        return engine.read(in, source);
    }

    /**
     * Reads a document from a stream, which is not closed. The stream is read once, as it comes:
     * memory is bounded by the parser's buffer, not the document.
     *
     * @param in the bytes
     * @param source a name for problem locations, e.g. a URL; empty for none
     * @return the document, or every problem
     */
    public Result<MspDocument> read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return engine.read(new NonClosingInputStream(in), source);
    }

    /**
     * Reads just the process from text. Extension fields are not part of a process: use
     * {@link #read(String)} to keep them.
     *
     * @param text JSON or YAML text
     * @return the process, or every problem
     */
    public Result<MspProcess> readProcess(String text) {
        return read(text).map(MspDocument::process);
    }

    /**
     * Reads just the process from a file. Extension fields are not part of a process: use
     * {@link #read(Path)} to keep them.
     *
     * @param file the file
     * @return the process, or every problem
     */
    public Result<MspProcess> readProcess(Path file) {
        return read(file).map(MspDocument::process);
    }

    /**
     * A process as a format-v1 document.
     *
     * @param process the process
     * @return JSON or YAML text
     */
    public String write(MspProcess process) {
        return engine.write(MspDocument.of(process));
    }

    /**
     * A document, with its extension fields, as text.
     *
     * @param document the document
     * @return JSON or YAML text
     * @throws MspWriteException if an extension field's object is gone from the process
     */
    public String write(MspDocument document) {
        return engine.write(document);
    }

    /**
     * Writes a document to a stream (UTF-8), which is not closed.
     *
     * @param document the document
     * @param out where to
     */
    public void write(MspDocument document, OutputStream out) {
        engine.write(document, new NonClosingOutputStream(out));
    }

    /**
     * Writes a document to a file, replacing it.
     *
     * @param document the document
     * @param file the file
     */
    public void write(MspDocument document, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            engine.write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Returns e.g. {@code MspFormat[yaml, strict]}.
     *
     * @return e.g. {@code MspFormat[yaml, strict]}
     */
    @Override
    public String toString() {
        return "MspFormat[" + syntax.name().toLowerCase(Locale.ROOT) + ", " + (lenient ? "lenient" : "strict")
                + (limits.equals(ReadLimits.defaults()) ? "" : ", " + limits) + "]";
    }

    /** Keeps Jackson from closing a caller's stream. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }

    /** Keeps Jackson from closing a caller's stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
