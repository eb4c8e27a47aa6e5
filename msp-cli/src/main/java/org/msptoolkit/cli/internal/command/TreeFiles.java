package org.msptoolkit.cli.internal.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.msptoolkit.core.validation.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads YAML or JSON files (YAML is a superset of JSON) into plain trees for the libraries' codecs. */
final class TreeFiles {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private TreeFiles() {
    }

    /**
     * @param file a readable YAML or JSON file holding a mapping
     * @param what what the file should hold, for messages, e.g. {@code "charter"}
     * @return the mapping
     * @throws CliInputException when the file is missing, not YAML/JSON, or not a mapping
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file, String what) {
        MspCommand.readable(file);
        try {
            Object tree = YAML.readValue(file.toFile(), Object.class);
            if (!(tree instanceof Map<?, ?> map)) {
                throw new CliInputException(file + ": a " + what + " file must hold a mapping (name: ..., ...)");
            }
            return (Map<String, Object>) map;
        } catch (JacksonException e) {
            throw new CliInputException(file + ": not valid YAML or JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr()));
        }
    }

    /**
     * @param file the file
     * @param what what it should hold
     * @param problems every problem found in it
     * @return one message listing every problem, one per line
     */
    static String problems(Path file, String what, List<Problem> problems) {
        return file + ": not a valid " + what + ", " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + ":" + problems.stream().map(p -> System.lineSeparator() + "  " + p.location() + ": " + p.message()
                        + " [" + p.code() + "]").collect(Collectors.joining());
    }
}
