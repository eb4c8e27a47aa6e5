package org.msptoolkit.governance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.governance.internal.rules.BuiltInRuleKinds;
import org.msptoolkit.governance.spi.RuleKind;

/**
 * An immutable registry of rule kinds, ordered by id. There is no hidden global registry: pass the one
 * you want to {@link Compliance} and {@link CharterCodec}.
 *
 * <pre>{@code
 * RuleKinds.standard().ids();                       // the built-in kinds
 * RuleKinds.load(MyApp.class.getClassLoader());     // built-ins plus every provider on the class/module path
 * RuleKinds.standard().with(new MyRuleKind());      // add one explicitly
 * }</pre>
 */
public final class RuleKinds {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final RuleKinds STANDARD = of(BuiltInRuleKinds.all());

    private final Map<String, RuleKind> byId;

    private RuleKinds(Map<String, RuleKind> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * Returns the built-in rule kinds of msp-governance, without discovery.
     *
     * @return the built-in rule kinds of msp-governance, without discovery
     */
    public static RuleKinds standard() {
        return STANDARD;
    }

    /**
     * Discovers every {@link RuleKind} service visible from {@code loader} (the built-ins are registered
     * too), with {@link ServiceLoader}.
     *
     * @param loader the class loader to search
     * @return the registry
     * @throws GovernanceException if two providers share an id or an id is malformed
     */
    public static RuleKinds load(ClassLoader loader) {
        List<RuleKind> found = new ArrayList<>();
        ServiceLoader.load(RuleKind.class, Checks.notNull(loader, "class loader"))
                .forEach(found::add);
        return of(found);
    }

    /**
     * Discovers rule kinds visible to msp-governance's own class loader or module layer.
     *
     * @return the registry
     * @throws GovernanceException if two providers share an id
     */
    public static RuleKinds load() {
        List<RuleKind> found = new ArrayList<>();
        ServiceLoader.load(RuleKind.class).forEach(found::add);
        return of(found);
    }

    /**
     * A registry of exactly these kinds.
     *
     * @param kinds the kinds
     * @return the registry, ordered by id
     * @throws GovernanceException naming both providers if two kinds share an id, or if an id is malformed
     */
    public static RuleKinds of(List<? extends RuleKind> kinds) {
        Checks.list(kinds, "rule kinds");
        Map<String, RuleKind> map = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (RuleKind k : kinds) {
            String id = k.id();
            if (id == null || !ID.matcher(id).matches()) {
                errors.add("rule kind " + k.getClass().getName() + " has a malformed id \"" + id
                        + "\" (expected area.name in lower-case kebab-case, e.g. participation.notice)");
                continue;
            }
            RuleKind earlier = map.putIfAbsent(id, k);
            if (earlier != null) {
                errors.add("rule kind id \"" + id + "\" is provided twice: by "
                        + earlier.getClass().getName() + " and by "
                        + k.getClass().getName());
            }
        }
        if (!errors.isEmpty()) {
            throw new GovernanceException(String.join("; ", errors));
        }
        return new RuleKinds(map);
    }

    /**
     * Returns a new registry with these kinds added.
     *
     * @param more kinds to add
     * @return a new registry with these kinds added
     * @throws GovernanceException if an id is already taken
     */
    public RuleKinds with(RuleKind... more) {
        List<RuleKind> all = new ArrayList<>(byId.values());
        all.addAll(List.of(Checks.notNull(more, "rule kinds")));
        return of(all);
    }

    /**
     * Returns the kind, or empty.
     *
     * @param id a rule kind id
     * @return the kind, or empty
     */
    public Optional<RuleKind> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * Returns the ids, sorted.
     *
     * @return the ids, sorted
     */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * Returns the kinds, sorted by id.
     *
     * @return the kinds, sorted by id
     */
    public List<RuleKind> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public String toString() {
        return byId.values().stream()
                .map(k -> "  " + k.id() + ": " + k.description())
                .collect(Collectors.joining("\n", byId.size() + " rule kinds\n", ""));
    }
}
