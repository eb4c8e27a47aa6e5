package org.msptoolkit.cli.internal.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.msptoolkit.cli.Msp;
import org.msptoolkit.core.MspException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code msp} subcommand shares: output only through the {@link CommandLine}'s writers
 * (so tests run commands in-process), and the exit codes of {@link Msp}: a file that cannot be read
 * or an input the job cannot start from ends with {@link Msp#USAGE} and a one-line message, never a
 * stack trace.
 */
public abstract class MspCommand implements Callable<Integer> {
    /** The command's own specification, injected by picocli. */
    @Spec
    protected CommandSpec spec;

    /** Creates the command; picocli calls subclasses' constructors. */
    @SuppressWarnings("NullAway.Init") // picocli sets the annotated fields before calling the command
    protected MspCommand() {}

    /**
     * Does the command's job.
     *
     * @return {@link Msp#OK} or {@link Msp#FINDINGS}
     * @throws Exception anything that stops the job; unreadable input gives {@link Msp#USAGE}
     */
    protected abstract int execute() throws Exception;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (CommandLine.ParameterException e) {
            throw e;
        } catch (CliInputException | MspException | IllegalArgumentException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail(describe(e));
        } catch (UncheckedIOException e) {
            return fail(describe(Objects.requireNonNull(e.getCause()))); // never null in an UncheckedIOException
        } catch (Exception e) {
            err().println("msp " + spec.name() + ": unexpected error, please report it:");
            e.printStackTrace(err());
            err().flush();
            return Msp.USAGE;
        } finally {
            out().flush();
            err().flush();
        }
    }

    private int fail(@Nullable String message) {
        err().println("msp " + spec.name() + ": " + message);
        err().flush();
        return Msp.USAGE;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "cannot read (access denied): " + a.getFile();
        }
        return "cannot read or write: " + e.getMessage();
    }

    /**
     * Returns where results go: standard output, or the writer a test set.
     *
     * @return where results go: standard output, or the writer a test set
     */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * Returns where messages and progress go: standard error, or the writer a test set.
     *
     * @return where messages and progress go: standard error, or the writer a test set
     */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Writes a result to a file, or to {@link #out()} when no file is given.
     *
     * @param file the {@code -o} file, if any
     * @param text the result
     * @throws IOException when the file cannot be written
     */
    protected final void emit(Optional<Path> file, String text) throws IOException {
        if (file.isPresent()) {
            Path parent = file.get().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file.get(), text, StandardCharsets.UTF_8);
            err().println("Wrote " + file.get());
        } else {
            out().print(text);
        }
    }

    /**
     * Checks that a file given on the command line can be read.
     *
     * @param file the file
     * @return the file
     * @throws CliInputException naming the file when it is missing, a directory or unreadable
     */
    protected static Path readable(Path file) {
        if (!Files.exists(file)) {
            throw new CliInputException("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new CliInputException("is a directory, not a file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new CliInputException("cannot read (access denied): " + file);
        }
        return file;
    }
}
