package org.msptoolkit.imports.internal.participedia;

import java.util.ArrayList;
import java.util.List;
import org.msptoolkit.imports.internal.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Participedia case as read from either dump, before it becomes a process: the mapped values as
 * the source wrote them (machine keys in 2018, labels in 2017) and every other field in {@link #rest}.
 */
final class ParticipediaCase {
    String id = "";
    String title = "";
    final List<String> scopes = new ArrayList<>();
    final List<String> issues = new ArrayList<>();
    final List<String> spectrum = new ArrayList<>();
    final List<String> decisionMethods = new ArrayList<>();
    final List<String> influence = new ArrayList<>();
    final List<String> organizers = new ArrayList<>();
    final List<String> targeted = new ArrayList<>();
    String start = "";
    String end = "";
    String country = "";
    String parent = "";
    final List<String> components = new ArrayList<>();
    final ObjectNode rest = Json.object();
}
