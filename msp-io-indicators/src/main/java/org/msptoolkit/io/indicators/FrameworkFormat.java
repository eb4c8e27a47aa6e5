package org.msptoolkit.io.indicators;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.core.validation.Problem;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.framework.Framework;
import org.msptoolkit.indicators.framework.FrameworkCodec;
import org.msptoolkit.io.ReadLimits;
import org.msptoolkit.io.internal.PlainTreeFormat;
import org.msptoolkit.io.internal.Syntax;

/**
 * Reads and writes indicator frameworks (msp-indicators {@link Framework}s: indicators grouped by
 * principle or dimension) as YAML or JSON, in the shape documented by {@link FrameworkCodec}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * String yaml = FrameworkFormat.yaml().write(Frameworks.hemmati2002());
 * Framework mine = FrameworkFormat.yaml().read(Path.of("town-forum.yaml")).orElseThrow();
 * }</pre>
 *
 * <p>A read gives the framework or every problem: syntax errors at {@code file:line:column}, hostile
 * input bounded by {@link ReadLimits}, and framework problems at a JSON pointer such as
 * {@code file#/groups/1/indicators/0}. Whether every indicator id exists is checked against a
 * registry only when asked ({@link #checkedAgainst(IndicatorRegistry)}); otherwise at evaluation.
 */
public final class FrameworkFormat {
    private static final FrameworkFormat JSON =
            new FrameworkFormat(Syntax.JSON, ReadLimits.defaults(), Optional.empty());
    private static final FrameworkFormat YAML =
            new FrameworkFormat(Syntax.YAML, ReadLimits.defaults(), Optional.empty());

    private final Syntax syntax;
    private final ReadLimits limits;
    private final Optional<IndicatorRegistry> registry;
    private final PlainTreeFormat<Framework> format;

    private FrameworkFormat(Syntax syntax, ReadLimits limits, Optional<IndicatorRegistry> registry) {
        this.syntax = syntax;
        this.limits = limits;
        this.registry = registry;
        this.format = new PlainTreeFormat<>(syntax, limits, tree -> decode(tree, registry), FrameworkCodec::toTree);
    }

    /**
     * Returns the JSON framework format with default limits.
     *
     * @return the JSON framework format with default limits
     */
    public static FrameworkFormat json() {
        return JSON;
    }

    /**
     * Returns the YAML framework format with default limits.
     *
     * @return the YAML framework format with default limits
     */
    public static FrameworkFormat yaml() {
        return YAML;
    }

    /**
     * The format for a file name: {@code .yaml}/{@code .yml} gives YAML, {@code .json} JSON.
     *
     * @param file the file
     * @return the format
     * @throws IllegalArgumentException for any other extension
     */
    public static FrameworkFormat forPath(Path file) {
        return Syntax.ofPath(file, "framework files") == Syntax.YAML ? yaml() : json();
    }

    /**
     * This format with other bounds on hostile input.
     *
     * @param value the limits
     * @return a format using them
     */
    public FrameworkFormat withLimits(ReadLimits value) {
        return new FrameworkFormat(syntax, Objects.requireNonNull(value, "limits"), registry);
    }

    /**
     * This format also checking, on reading, that every indicator id is in a registry (as
     * {@link Framework#check} does before an evaluation), so that a misspelt id is reported at its
     * place in the file, e.g. {@code file#/groups/1/indicators/0}, code
     * {@link org.msptoolkit.core.validation.Problem#UNRESOLVED_REFERENCE}.
     *
     * @param value the registry evaluations will use, e.g. {@link IndicatorRegistry#load()}
     * @return a format checking against it
     */
    public FrameworkFormat checkedAgainst(IndicatorRegistry value) {
        return new FrameworkFormat(syntax, limits, Optional.of(Objects.requireNonNull(value, "registry")));
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
     * Reads a framework from text.
     *
     * @param text YAML or JSON
     * @return the framework, or every problem (locations without a file name)
     */
    public Result<Framework> read(String text) {
        return format.read(Objects.requireNonNull(text, "text"));
    }

    /**
     * Reads a framework from a file.
     *
     * @param file the file
     * @return the framework, or every problem, located in the file
     */
    public Result<Framework> read(Path file) {
        return format.read(Objects.requireNonNull(file, "file"));
    }

    /**
     * Reads a framework from a stream, which is not closed.
     *
     * @param in the bytes (UTF-8)
     * @param source a name for problem locations; empty for none
     * @return the framework, or every problem
     */
    public Result<Framework> read(InputStream in, String source) {
        return format.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
    }

    /**
     * A framework as text.
     *
     * @param framework the framework
     * @return YAML or JSON
     */
    public String write(Framework framework) {
        return format.write(Objects.requireNonNull(framework, "framework"));
    }

    /**
     * Writes a framework to a stream (UTF-8), which is not closed.
     *
     * @param framework the framework
     * @param out where to
     */
    public void write(Framework framework, OutputStream out) {
        format.write(Objects.requireNonNull(framework, "framework"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes a framework to a file, replacing it.
     *
     * @param framework the framework
     * @param file the file
     */
    public void write(Framework framework, Path file) {
        format.write(Objects.requireNonNull(framework, "framework"), Objects.requireNonNull(file, "file"));
    }

    // FrameworkCodec.fromTree reports any value that is not a map, null (a document holding just null)
    // included, though msp-indicators does not declare its parameter @Nullable
    @SuppressWarnings("NullAway")
    private static Result<Framework> decode(@Nullable Object tree, Optional<IndicatorRegistry> registry) {
        Result<Framework> r = FrameworkCodec.fromTree(tree);
        if (!r.isValid()) {
            return r;
        }
        Framework f = r.orElseThrow();
        List<Problem> missing = registry.map(f::check).orElse(List.of());
        return missing.isEmpty() ? Result.valid(f) : Result.invalid(missing);
    }

    /**
     * Returns e.g. {@code FrameworkFormat[yaml]} or {@code FrameworkFormat[yaml, checked against a registry]}.
     *
     * @return e.g. {@code FrameworkFormat[yaml]} or {@code FrameworkFormat[yaml, checked against a registry]}
     */
    @Override
    public String toString() {
        return "FrameworkFormat[" + syntax.name().toLowerCase(Locale.ROOT)
                + (registry.isPresent() ? ", checked against a registry" : "") + "]";
    }
}
