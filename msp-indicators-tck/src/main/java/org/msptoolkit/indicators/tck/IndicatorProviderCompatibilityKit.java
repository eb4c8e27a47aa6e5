package org.msptoolkit.indicators.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.indicators.BuiltinIndicators;
import org.msptoolkit.indicators.Direction;
import org.msptoolkit.indicators.EvaluationContext;
import org.msptoolkit.indicators.Indicator;
import org.msptoolkit.indicators.IndicatorId;
import org.msptoolkit.indicators.IndicatorRegistry;
import org.msptoolkit.indicators.Measurement;
import org.msptoolkit.indicators.spi.IndicatorProvider;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.msptoolkit.testkit.Property;

/**
 * The contract every {@link IndicatorProvider} must meet, as a JUnit 5 test to extend. Make a test class
 * in your provider's project that extends this kit and returns your provider:
 * <pre>{@code
 * class AcmeIndicatorsCompatibilityTest extends IndicatorProviderCompatibilityKit {
 *     @Override
 *     protected IndicatorProvider provider() {
 *         return new AcmeIndicators();
 *     }
 * }
 * }</pre>
 * It checks that ids are unique and do not clash with the built-ins, that metadata is complete, that
 * measuring is deterministic, thread-safe and never throws on generated processes (values within the
 * scale, coverage in [0, 1], every value citing its evidence), and that a process with nothing recorded
 * gives an honest "not measurable". A failing generated process is named by its seed; replay it with
 * {@code -Dmsp.seed=N}.
 */
public abstract class IndicatorProviderCompatibilityKit {
    /** For subclasses. */
    protected IndicatorProviderCompatibilityKit() {}

    /**
     * The provider under test.
     *
     * @return the provider
     */
    protected abstract IndicatorProvider provider();

    /**
     * How many generated {@link ProcessSize#SMALL} processes each generative check uses; override to run
     * more (or fewer, for slow indicators).
     *
     * @return the number of processes, 200 by default
     */
    protected int generatedProcesses() {
        return 200;
    }

    private List<Indicator> indicators() {
        List<Indicator> list = provider().indicators();
        assertNotNull(list, "indicators() must not return null");
        return list;
    }

    /** The provider has a non-blank id and offers at least one indicator. */
    @Test
    @DisplayName("the provider has a non-blank id and offers indicators")
    public void providerHasAnIdAndIndicators() {
        String id = provider().id();
        assertNotNull(id, "provider id must not be null");
        assertFalse(id.isBlank(), "provider id must not be blank");
        assertFalse(indicators().isEmpty(), "provider " + id + " offers no indicators");
        assertNotNull(provider().version(), "version() must not be null");
        assertNotNull(provider().description(), "description() must not be null");
    }

    /** Indicator ids are unique within the provider and do not clash with the built-in ids. */
    @Test
    @DisplayName("indicator ids are unique and do not clash with the built-ins")
    public void idsAreUniqueAndDoNotClashWithBuiltins() {
        Set<IndicatorId> seen = new HashSet<>();
        for (Indicator i : indicators()) {
            assertNotNull(i, "an indicator is null");
            assertNotNull(i.id(), "an indicator's id is null");
            assertTrue(seen.add(i.id()), "indicator id '" + i.id() + "' is offered twice");
        }
        if (!BuiltinIndicators.PROVIDER_ID.equals(provider().id())) {
            IndicatorRegistry combined = IndicatorRegistry.of(List.of(provider(), new BuiltinsOnly()));
            assertEquals(seen.size() + BuiltinIndicators.ids().size(), combined.size());
        }
    }

    /** Every indicator declares name, unit, scale, direction (with a band for targets), formula and source. */
    @Test
    @DisplayName("every indicator has complete metadata")
    public void metadataIsComplete() {
        for (Indicator i : indicators()) {
            String at = "indicator " + i.id() + ": ";
            assertNotBlank(i.name(), at + "name");
            assertNotBlank(i.unit(), at + "unit");
            assertNotBlank(i.formula(), at + "formula");
            assertNotBlank(i.source(), at + "source");
            assertNotNull(i.description(), at + "description");
            assertNotNull(i.scale(), at + "scale");
            assertNotNull(i.direction(), at + "direction");
            assertNotNull(i.principles(), at + "principles");
            assertNotNull(i.criteria(), at + "criteria");
            assertFalse(
                    i.principles().isEmpty() && i.criteria().isEmpty(),
                    at + "must inform at least one principle or criterion");
            assertNotNull(i.target(), at + "target");
            if (i.direction() == Direction.TARGET) {
                assertTrue(i.target().isPresent(), at + "direction is target but no target band is given");
            }
        }
    }

    /** Measuring the same (or an equal) process twice gives equal measurements. */
    @Test
    @DisplayName("the same process always gives an equal measurement")
    public void measuringIsDeterministic() {
        List<Indicator> all = indicators();
        Property.forAll(generatedProcesses(), seed -> ProcessGenerator.process(seed, ProcessSize.SMALL), p -> {
            MspProcess copy = p.toBuilder().build();
            for (Indicator i : all) {
                assertEquals(i.measure(p), i.measure(copy), "indicator " + i.id() + " is not deterministic");
            }
        });
    }

    /** On generated processes of several sizes nothing throws and every value is plausible and cites evidence. */
    @Test
    @DisplayName("measuring never throws on generated processes and values lie within the scale")
    public void runsCleanlyOnGeneratedProcesses() {
        List<Indicator> all = indicators();
        Property.forAll(
                generatedProcesses(),
                seed -> ProcessGenerator.process(seed, ProcessSize.SMALL),
                p -> all.forEach(i -> checkMeasurement(i, p)));
        Property.forAll(
                Math.max(1, generatedProcesses() / 2),
                seed -> ProcessGenerator.process(seed, ProcessSize.TINY),
                p -> all.forEach(i -> checkMeasurement(i, p)));
        Property.forAll(
                Math.max(1, generatedProcesses() / 20),
                seed -> ProcessGenerator.process(seed, ProcessSize.MEDIUM),
                p -> all.forEach(i -> checkMeasurement(i, p)));
    }

    private static void checkMeasurement(Indicator i, MspProcess p) {
        Measurement m;
        try {
            m = i.measure(p, EvaluationContext.defaults());
        } catch (RuntimeException e) {
            throw new AssertionError("indicator " + i.id() + " threw " + e, e);
        }
        assertNotNull(m, "indicator " + i.id() + " returned null");
        assertTrue(m.coverage() >= 0 && m.coverage() <= 1, "indicator " + i.id() + " coverage " + m.coverage());
        if (m.isMeasured()) {
            double v = m.value().getAsDouble();
            assertTrue(i.scale().contains(v), "indicator " + i.id() + " value " + v + " outside " + i.scale());
            assertFalse(m.evidence().isEmpty(), "indicator " + i.id() + " gave " + v + " without evidence");
            i.normalise(v)
                    .ifPresent(
                            s -> assertTrue(s >= 0 && s <= 1, "indicator " + i.id() + " normalised " + v + " to " + s));
        } else {
            assertNotBlank(m.reason().orElse(""), "indicator " + i.id() + " not-measurable reason");
        }
    }

    /** Measuring from several threads at once gives the same results as measuring in one thread. */
    @Test
    @DisplayName("measuring from many threads gives the same results as one thread")
    public void measuringIsThreadSafe() throws InterruptedException {
        List<Indicator> all = indicators();
        List<MspProcess> processes = new ArrayList<>();
        int n = Math.max(4, Math.min(50, generatedProcesses() / 4));
        for (long seed = 0; seed < n; seed++) {
            processes.add(ProcessGenerator.process(seed, ProcessSize.SMALL));
        }
        List<List<Measurement>> expected = new ArrayList<>();
        for (MspProcess p : processes) {
            expected.add(all.stream().map(i -> i.measure(p)).toList());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Measurement>>> tasks = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (MspProcess p : processes) {
                    tasks.add(() -> all.stream().map(i -> i.measure(p)).toList());
                }
            }
            List<Future<List<Measurement>>> results = pool.invokeAll(tasks);
            for (int t = 0; t < results.size(); t++) {
                int index = t % processes.size();
                try {
                    assertEquals(
                            expected.get(index),
                            results.get(t).get(),
                            "concurrent measurement differs for generated process seed " + index);
                } catch (ExecutionException e) {
                    fail("concurrent measurement of seed " + index + " threw " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * On a process with only an id and a title, an indicator says "not measurable" with a reason; a value
     * is accepted only if it cites evidence that was actually recorded (a count above zero).
     */
    @Test
    @DisplayName("a process with nothing recorded is honestly not measurable")
    public void emptyProcessesAreNotMeasurable() {
        MspProcess empty = MspProcess.builder("tck-empty", "Nothing recorded").build();
        for (Indicator i : indicators()) {
            Measurement m = i.measure(empty);
            assertNotNull(m, "indicator " + i.id() + " returned null");
            if (m.isMeasured()) {
                assertTrue(
                        m.evidence().stream().anyMatch(e -> e.count() > 0),
                        "indicator " + i.id() + " reports " + m
                                + " for a process with nothing recorded, citing no recorded evidence");
            } else {
                assertNotBlank(m.reason().orElse(""), "indicator " + i.id() + " not-measurable reason");
            }
        }
    }

    private static void assertNotBlank(String s, String what) {
        assertNotNull(s, what + " must not be null");
        assertFalse(s.isBlank(), what + " must not be blank");
    }

    /** The built-in indicators, re-offered under their own id so a clash with them is detected. */
    private static final class BuiltinsOnly implements IndicatorProvider {
        private final IndicatorRegistry builtin = IndicatorRegistry.builtin();

        @Override
        public String id() {
            return BuiltinIndicators.PROVIDER_ID;
        }

        @Override
        public List<Indicator> indicators() {
            return builtin.indicators();
        }
    }
}
