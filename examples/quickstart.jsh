// msp-toolkit quickstart for JShell. From the repository root, after building the jar:
//
//   ./mvnw -B -q package -DskipTests
//   jshell --class-path msp-cli/target/msp.jar examples/quickstart.jsh
//
// It loads a bundled example process, checks it, evaluates it against the fifteen principles of
// Hemmati et al. (2002) and prints a summary. Afterwards the variables stay in the session:
// try `process.stakeholders()`, `report.groups()` or `report.indicator("documents-published")`.

import java.nio.file.Path;
import org.msptoolkit.core.model.*;
import org.msptoolkit.io.*;
import org.msptoolkit.core.validation.Result;
import org.msptoolkit.indicators.evaluation.*;
import org.msptoolkit.indicators.framework.*;

// 1. Read a process from YAML: either a complete, valid process or every problem with its location.
Result<MspProcess> read = MspFormat.yaml().readProcess(Path.of("examples/la21-lower-columbia.yaml"));
MspProcess process = read.orElseThrow();
System.out.println(process);

// 2. Evaluate it with a built-in framework (hemmati-2002 or oecd-2021).
EvaluationReport report = Evaluation.of(process, Frameworks.hemmati2002());
System.out.println(report);

// 3. The weakest principles first: where the process could improve.
report.groups().stream().
    filter(g -> g.score().isPresent()).
    sorted(java.util.Comparator.comparingDouble(g -> g.score().getAsDouble())).
    limit(3).
    forEach(g -> System.out.printf("to improve: %-45s %3.0f%%%n", g.label(), 100 * g.score().getAsDouble()));
