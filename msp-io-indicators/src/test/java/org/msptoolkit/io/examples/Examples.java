package org.msptoolkit.io.examples;

import java.nio.file.Path;
import org.msptoolkit.core.model.MspProcess;
import org.msptoolkit.governance.Charter;
import org.msptoolkit.io.MspFiles;
import org.msptoolkit.io.governance.CharterFiles;

/** Loads the example processes and charters of {@code examples/} through msp-io. */
final class Examples {
    static final String FSC = "fsc-general-assembly";
    static final String CSD = "csd-1998-industry-dialogue";
    static final String LA21 = "la21-lower-columbia";

    static final String FSC_CHARTER = "fsc-general-assembly";
    static final String HUB_CHARTER = "stakeholder-hub-50-50";
    static final String EU_POLICY = "eu-consultation-policy";

    private Examples() {}

    static MspProcess process(String name) {
        return MspFiles.readProcess(Path.of("..", "examples", name + ".yaml")).orElseThrow();
    }

    static Charter charter(String name) {
        return CharterFiles.read(Path.of("..", "examples", "charters", name + ".yaml"))
                .orElseThrow();
    }
}
