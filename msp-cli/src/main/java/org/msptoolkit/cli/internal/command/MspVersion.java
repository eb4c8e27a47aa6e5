package org.msptoolkit.cli.internal.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version lines {@code msp --version} prints: the toolkit's version and the Java runtime. */
public final class MspVersion implements IVersionProvider {
    /** Creates the provider; picocli calls it. */
    public MspVersion() {}

    /**
     * Returns the toolkit version, e.g. {@code 0.1.0-SNAPSHOT}, read from the build.
     *
     * @return the toolkit version, e.g. {@code 0.1.0-SNAPSHOT}, read from the build
     */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = MspVersion.class.getResourceAsStream("/org/msptoolkit/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "msp " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
