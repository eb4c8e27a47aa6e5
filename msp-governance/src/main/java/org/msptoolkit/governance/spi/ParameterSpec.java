package org.msptoolkit.governance.spi;

import org.msptoolkit.core.internal.Checks;

/**
 * Declares one parameter a rule kind takes: its name, type, whether it must be given, and what it means.
 *
 * @param name the parameter name as written in charters, e.g. {@code minShare}
 * @param type its type
 * @param required whether a rule must give it
 * @param description what it means, in plain words
 */
public record ParameterSpec(String name, ParameterType type, boolean required, String description) {
    /** Checks the components. */
    public ParameterSpec {
        Checks.notBlank(name, "parameter name");
        Checks.notNull(type, "parameter type");
        Checks.notNull(description, "parameter description");
    }

    /**
     * Returns a parameter every rule of the kind must give.
     *
     * @param name parameter name
     * @param type its type
     * @param description what it means
     * @return a parameter every rule of the kind must give
     */
    public static ParameterSpec required(String name, ParameterType type, String description) {
        return new ParameterSpec(name, type, true, description);
    }

    /**
     * Returns a parameter rules may leave out.
     *
     * @param name parameter name
     * @param type its type
     * @param description what it means, including the default
     * @return a parameter rules may leave out
     */
    public static ParameterSpec optional(String name, ParameterType type, String description) {
        return new ParameterSpec(name, type, false, description);
    }

    @Override
    public String toString() {
        return name + " (" + type.name().toLowerCase(java.util.Locale.ROOT) + (required ? ", required" : "") + "): "
                + description;
    }
}
