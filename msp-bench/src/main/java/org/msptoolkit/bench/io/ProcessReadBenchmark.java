package org.msptoolkit.bench.io;

import java.util.concurrent.TimeUnit;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.io.MspDocument;
import org.msptoolkit.io.MspFormat;
import org.msptoolkit.testkit.ProcessGenerator;
import org.msptoolkit.testkit.ProcessSize;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** JMH: reading (parse, map, validate) and writing one generated process as JSON and YAML. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ProcessReadBenchmark {
    /** Process size from the testkit. */
    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    @Param({"SMALL", "MEDIUM"})
    public String size;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private MspProcess process;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private String json;

    @SuppressWarnings("NullAway.Init") // set by JMH or in @Setup
    private String yaml;

    /** Generates the process and its texts. */
    @Setup
    public void setUp() {
        process = ProcessGenerator.process(42, ProcessSize.valueOf(size));
        json = MspFormat.json().write(process);
        yaml = MspFormat.yaml().write(process);
    }

    /**
     * Returns the document read from JSON.
     *
     * @return the document read from JSON
     */
    @Benchmark
    public Result<MspDocument> readJson() {
        return MspFormat.json().read(json);
    }

    /**
     * Returns the document read from YAML.
     *
     * @return the document read from YAML
     */
    @Benchmark
    public Result<MspDocument> readYaml() {
        return MspFormat.yaml().read(yaml);
    }

    /**
     * Returns the process as JSON.
     *
     * @return the process as JSON
     */
    @Benchmark
    public String writeJson() {
        return MspFormat.json().write(process);
    }
}
