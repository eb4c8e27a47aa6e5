package org.msptoolkit.io.governance;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.governance.CharterCodec;
import org.msptoolkit.governance.RuleKinds;
import org.msptoolkit.io.IoProblems;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.io.internal.PlainTreeFormat;
import org.msptoolkit.io.internal.Syntax;

/**
 * Reads and writes charters and participation policies (msp-governance {@link Charter}s) as YAML or
 * JSON, in the shape documented by {@link CharterCodec}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Result<Charter> r = CharterFormat.yaml().read(Path.of("examples/charters/stakeholder-hub-50-50.yaml"));
 * Charter hub = r.orElseThrow();
 * String json = CharterFormat.json().write(hub);
 * }</pre>
 *
 * <p>A read gives the charter or every problem at once: syntax errors at {@code file:line:column},
 * hostile input bounded by {@link ReadLimits} as for MSP documents, and charter problems (unknown rule
 * kinds, missing or wrong parameters, impossible thresholds) at a JSON pointer such as
 * {@code file#/rules/2/maxShare}, their messages naming the rule.
 */
public final class CharterFormat {
    private static final CharterFormat JSON =
            new CharterFormat(Syntax.JSON, ReadLimits.defaults(), RuleKinds.standard());
    private static final CharterFormat YAML =
            new CharterFormat(Syntax.YAML, ReadLimits.defaults(), RuleKinds.standard());

    private final Syntax syntax;
    private final ReadLimits limits;
    private final RuleKinds kinds;
    private final PlainTreeFormat<Charter> format;

    private CharterFormat(Syntax syntax, ReadLimits limits, RuleKinds kinds) {
        this.syntax = syntax;
        this.limits = limits;
        this.kinds = kinds;
        this.format = new PlainTreeFormat<>(syntax, limits, tree -> decode(tree, kinds), CharterCodec::toTree);
    }

    /**
     * Returns the JSON charter format, checking rules against the standard rule kinds.
     *
     * @return the JSON charter format, checking rules against the standard rule kinds
     */
    public static CharterFormat json() {
        return JSON;
    }

    /**
     * Returns the YAML charter format, checking rules against the standard rule kinds.
     *
     * @return the YAML charter format, checking rules against the standard rule kinds
     */
    public static CharterFormat yaml() {
        return YAML;
    }

    /**
     * The format for a file name: {@code .yaml}/{@code .yml} gives YAML, {@code .json} JSON.
     *
     * @param file the file
     * @return the format
     * @throws IllegalArgumentException for any other extension
     */
    public static CharterFormat forPath(Path file) {
        return Syntax.ofPath(file, "charter files") == Syntax.YAML ? yaml() : json();
    }

    /**
     * This format checking rules against other rule kinds, e.g. an institution's own kinds loaded
     * through the {@link org.msptoolkit.governance.spi.RuleKind} SPI.
     *
     * @param value the rule kinds
     * @return a format using them
     */
    public CharterFormat withKinds(RuleKinds value) {
        return new CharterFormat(syntax, limits, Objects.requireNonNull(value, "kinds"));
    }

    /**
     * This format with other bounds on hostile input.
     *
     * @param value the limits
     * @return a format using them
     */
    public CharterFormat withLimits(ReadLimits value) {
        return new CharterFormat(syntax, Objects.requireNonNull(value, "limits"), kinds);
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
     * Reads a charter from text.
     *
     * @param text YAML or JSON
     * @return the charter, or every problem (locations without a file name)
     */
    public Result<Charter> read(String text) {
        return format.read(Objects.requireNonNull(text, "text"));
    }

    /**
     * Reads a charter from a file.
     *
     * @param file the file
     * @return the charter, or every problem, located in the file
     */
    public Result<Charter> read(Path file) {
        return format.read(Objects.requireNonNull(file, "file"));
    }

    /**
     * Reads a charter from a stream, which is not closed.
     *
     * @param in the bytes (UTF-8)
     * @param source a name for problem locations, e.g. a URL; empty for none
     * @return the charter, or every problem
     */
    public Result<Charter> read(InputStream in, String source) {
        return format.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
    }

    /**
     * A charter as text.
     *
     * @param charter the charter
     * @return YAML or JSON
     */
    public String write(Charter charter) {
        return format.write(Objects.requireNonNull(charter, "charter"));
    }

    /**
     * Writes a charter to a stream (UTF-8), which is not closed.
     *
     * @param charter the charter
     * @param out where to
     */
    public void write(Charter charter, OutputStream out) {
        format.write(Objects.requireNonNull(charter, "charter"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes a charter to a file, replacing it.
     *
     * @param charter the charter
     * @param file the file
     */
    public void write(Charter charter, Path file) {
        format.write(Objects.requireNonNull(charter, "charter"), Objects.requireNonNull(file, "file"));
    }

    private static Result<Charter> decode(@Nullable Object tree, RuleKinds kinds) {
        if (!(tree instanceof Map<?, ?> map)) {
            return Result.invalid(List.of(Problem.of(
                    "", IoProblems.WRONG_TYPE, "a charter must be an object with name, version, kind and rules")));
        }
        @SuppressWarnings("unchecked")
        Result<Charter> r = CharterCodec.fromTree((Map<String, ?>) map, kinds);
        return r;
    }

    /**
     * Returns e.g. {@code CharterFormat[yaml]}.
     *
     * @return e.g. {@code CharterFormat[yaml]}
     */
    @Override
    public String toString() {
        return "CharterFormat[" + syntax.name().toLowerCase(Locale.ROOT) + "]";
    }
}
